import { parseSegmentId } from './segmentId';

/**
 * The one place that decides how a sentence id is made: `<segmentId>.s<n>`,
 * n counted from 1 on each side of the segment, so the id is stable as long
 * as the sentences of that side are; the side is named beside it.
 */
export function makeSentenceId(segmentId: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid sentence number: ${n}`);
  return `${segmentId}.s${n}`;
}

export function parseSentenceId(sentenceId: string): { segmentId: string; n: number } | null {
  const m = /^(.+)\.s([1-9]\d{0,4})$/.exec(sentenceId);
  if (!m || parseSegmentId(m[1]) === null) return null;
  return { segmentId: m[1], n: Number(m[2]) };
}
