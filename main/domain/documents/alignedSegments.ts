import { TEXT_LANGUAGES, type TextLanguage } from '../../../contract/languages';
import { SEGMENT_KEY_PATTERN } from '../../../contract/segmentId';
import type { PlannedSegment, PlannedSentence } from './importModel';

/**
 * A segment of an imported document as the alignment editor sees it: a planned
 * (or stored) segment with its key, the part of its id that deep links and
 * annotations hold (contract/segmentId.ts).
 */
export interface AlignedSegment extends PlannedSegment {
  key: string;
}

export type SegmentLink = PlannedSegment['links'][number];

/** A word pair whose sentences are named by their 1-based numbers in the segment, not in the link. */
export interface SegmentWordPair {
  zh: number;
  en: number;
  zhStart: number;
  zhEnd: number;
  enStart: number;
  enEnd: number;
}

/**
 * A link while an edit regroups sentences: word pairs are held against the
 * segment's sentence numbers, so they survive a change of link and are kept
 * only where both their sentences still end up in one link.
 */
export interface FlatLink {
  zh: number[];
  en: number[];
  confidence: number;
  corrected: boolean;
  pairs: SegmentWordPair[];
}

export function flattenLinks(segment: PlannedSegment): FlatLink[] {
  return segment.links.map((link) => ({
    zh: [...link.zh],
    en: [...link.en],
    confidence: link.confidence,
    corrected: link.corrected,
    pairs: link.words.map((w) => ({
      zh: link.zh[w.zhSentence],
      en: link.en[w.enSentence],
      zhStart: w.zhStart,
      zhEnd: w.zhEnd,
      enStart: w.enStart,
      enEnd: w.enEnd,
    })),
  }));
}

/** Back to stored links: links left with no sentence disappear, and word pairs whose sentences parted are dropped. */
export function unflattenLinks(links: readonly FlatLink[]): SegmentLink[] {
  return links
    .filter((link) => link.zh.length + link.en.length > 0)
    .map((link) => ({
      zh: link.zh,
      en: link.en,
      confidence: link.confidence,
      corrected: link.corrected,
      words: link.pairs.flatMap((p) => {
        const zhSentence = link.zh.indexOf(p.zh);
        const enSentence = link.en.indexOf(p.en);
        if (zhSentence < 0 || enSentence < 0) return [];
        return [{ zhSentence, zhStart: p.zhStart, zhEnd: p.zhEnd, enSentence, enStart: p.enStart, enEnd: p.enEnd }];
      }),
    }));
}

/** A link the user has touched: certain from now on. */
export function markCorrected(link: FlatLink): FlatLink {
  return { ...link, confidence: 1, corrected: true };
}

export const sentenceText = (segment: PlannedSegment, side: TextLanguage, sentence: PlannedSentence): string =>
  (segment[side] ?? '').slice(sentence.start, sentence.end);

/**
 * What a well-formed document satisfies (issue "Bring your own documents",
 * alignment editor), as a list of problems, empty when none: sentences lie in
 * their side's text in order without overlapping, every sentence is in exactly
 * one link, links run in reading order on both sides and never leave their
 * segment, and word pairs fall inside their sentences. Keys are valid and unique.
 */
export function alignmentProblems(segments: readonly AlignedSegment[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  segments.forEach((segment, index) => {
    const where = `segment ${index} (${segment.key})`;
    if (!SEGMENT_KEY_PATTERN.test(segment.key)) problems.push(`${where}: invalid key`);
    if (keys.has(segment.key)) problems.push(`${where}: duplicate key`);
    keys.add(segment.key);
    for (const side of TEXT_LANGUAGES) problems.push(...sentenceProblems(segment, side).map((p) => `${where} ${side}: ${p}`));
    problems.push(...linkProblems(segment).map((p) => `${where}: ${p}`));
  });
  return problems;
}

function sentenceProblems(segment: PlannedSegment, side: TextLanguage): string[] {
  const text = segment[side];
  const sentences = segment.sentences[side];
  if (text === null) return sentences.length > 0 ? ['sentences on a side without text'] : [];
  const problems: string[] = [];
  let previousEnd = 0;
  sentences.forEach((s, i) => {
    if (!(s.start >= previousEnd && s.end > s.start && s.end <= text.length)) problems.push(`sentence ${i + 1} out of place`);
    else if (text.slice(s.start, s.end).includes('\n')) problems.push(`sentence ${i + 1} crosses a paragraph break`);
    previousEnd = s.end;
  });
  return problems;
}

function linkProblems(segment: PlannedSegment): string[] {
  const problems: string[] = [];
  for (const side of TEXT_LANGUAGES) {
    const order = segment.links.flatMap((link) => link[side]);
    const expected = segment.sentences[side].map((_, i) => i + 1);
    if (order.join(',') !== expected.join(',')) problems.push(`${side} sentences are not each in one link, in order: ${order.join(',')}`);
  }
  segment.links.forEach((link, i) => {
    if (link.zh.length + link.en.length === 0) problems.push(`link ${i + 1} is empty`);
    if (!(link.confidence >= 0 && link.confidence <= 1)) problems.push(`link ${i + 1} has confidence ${link.confidence}`);
    for (const w of link.words) {
      const zh = segment.sentences.zh[link.zh[w.zhSentence] - 1];
      const en = segment.sentences.en[link.en[w.enSentence] - 1];
      const fits = zh && en && w.zhStart >= 0 && w.zhEnd <= zh.end - zh.start && w.enStart >= 0 && w.enEnd <= en.end - en.start;
      if (!fits || w.zhStart >= w.zhEnd || w.enStart >= w.enEnd) problems.push(`link ${i + 1} has a word pair outside its sentences`);
    }
  });
  return problems;
}

/**
 * The key a new segment takes when one is split: the first part keeps its key
 * (deep links to it keep working), the second takes the key's stem with the
 * next free letter suffix, `p0042` → `p0042b`, `p0042c`, … then `p0042ba`, …,
 * shortened at the stem to stay within SEGMENT_KEY_PATTERN.
 */
export function splitSegmentKey(key: string, taken: ReadonlySet<string>): string {
  const stem = /\d/.test(key) ? key.replace(/(?<=\d)[a-z]+$/, '') : key;
  const letters = 'bcdefghijklmnopqrstuvwxyz';
  for (let length = 1; length <= 3; length += 1) {
    for (let n = 0; n < letters.length ** length; n += 1) {
      let suffix = '';
      for (let rest = n, i = 0; i < length; i += 1, rest = Math.floor(rest / letters.length)) suffix = letters[rest % letters.length] + suffix;
      const candidate = stem.slice(0, 16 - length) + suffix;
      if (!taken.has(candidate) && SEGMENT_KEY_PATTERN.test(candidate)) return candidate;
    }
  }
  throw new Error(`No free key near ${key}`);
}
