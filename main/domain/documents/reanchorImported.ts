import type { AnnotationTarget } from '../../../contract/annotations';
import type { Segment } from '../../../contract/model';
import { anchor } from '../annotations/anchoring';
import type { AnnotationRecord } from '../annotations/annotationRecord';

/** Where an annotation goes in a new version of its document: a stretch of a segment side. */
export interface NewPlace {
  segmentId: string;
  start: number;
  end: number;
  exact: string;
}

/**
 * A re-imported document's segment keys follow reading order, so a paragraph
 * inserted above an annotation gives its text a new key. An annotation stays
 * on its key when anchoring.ts places it there by position or by its quote;
 * otherwise it goes to the segment whose text holds its quote with the
 * context that agrees best (nearest to its old place on a tie); with none, it
 * stays where it was, to be placed approximately or listed as an orphan.
 * Null: it stays.
 */
export function newPlaceOf(record: Pick<AnnotationRecord, 'target'>, segments: readonly Segment[]): NewPlace | null {
  const { segmentId, side, quote, position } = record.target;
  const own = segments.find((s) => s.id === segmentId);
  const ownText = own?.[side]?.text;
  if (ownText !== undefined) {
    const placement = anchor(ownText, quote, position);
    if (placement.status === 'anchored' && placement.method !== 'fuzzy') return null;
  }
  const oldPosition = own?.position ?? segments.length;
  let best: (NewPlace & { score: number; distance: number }) | null = null;
  for (const segment of segments) {
    const text = segment[side]?.text;
    if (!text || quote.exact.length === 0) continue;
    for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
      const score = contextAgreement(text, at, at + quote.exact.length, record.target);
      const distance = Math.abs(segment.position - oldPosition);
      if (!best || score > best.score || (score === best.score && distance < best.distance)) {
        best = { segmentId: segment.id, start: at, end: at + quote.exact.length, exact: quote.exact, score, distance };
      }
    }
  }
  if (!best || (best.segmentId === segmentId && ownText !== undefined)) return null;
  return { segmentId: best.segmentId, start: best.start, end: best.end, exact: best.exact };
}

/** How many characters of the quote's prefix and suffix stand next to an occurrence. */
function contextAgreement(text: string, start: number, end: number, target: AnnotationTarget): number {
  const { prefix, suffix } = target.quote;
  let score = 0;
  while (score < prefix.length && start - score - 1 >= 0 && text[start - score - 1] === prefix[prefix.length - score - 1]) score++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && text[end + after] === suffix[after]) after++;
  return score + after;
}
