import type { TextLanguage } from '../../../contract/languages';
import type { TermMark } from '../../../contract/terminology';
import { linkKeys, otherSide, type SentenceIndex } from '../sentences/sentenceIndex';

/** A term of the same concept found on the other side, where it was found, and its text as written there. */
export interface CounterpartTerm {
  mark: TermMark;
  segmentId: string;
  text: string;
}

export interface CounterpartLookup {
  index: SentenceIndex;
  /** The marks of one side of a segment, shown or not. */
  marksOf(segmentId: string, side: TextLanguage): readonly TermMark[];
  /** The stored text of one side of a segment ('' when it has none). */
  textOf(segmentId: string, side: TextLanguage): string;
}

/**
 * The terms of a mark's concept in what is aligned with it: the sentences of
 * the other language linked with the mark's sentence, or, where the segment
 * has no sentence data, the other side of its paragraph.
 */
export function alignedCounterpart(lookup: CounterpartLookup, segmentId: string, side: TextLanguage, mark: TermMark): { scope: 'sentence' | 'paragraph'; terms: CounterpartTerm[] } {
  const other = otherSide(side);
  const sameConcept = (segment: string, from: number, to: number): CounterpartTerm[] => {
    const text = lookup.textOf(segment, other);
    return lookup
      .marksOf(segment, other)
      .filter((m) => m.conceptId === mark.conceptId && m.start >= from && m.end <= to)
      .map((m) => ({ mark: m, segmentId: segment, text: text.slice(m.start, m.end) }));
  };
  const sentence = lookup.index.ranges.get(segmentId)?.[side].find((r) => r.start <= mark.start && mark.start < r.end);
  const entry = sentence ? lookup.index.entries.get(sentence.key) : undefined;
  const link = entry ? lookup.index.links.get(entry.link) : undefined;
  if (!link) return { scope: 'paragraph', terms: sameConcept(segmentId, 0, Number.POSITIVE_INFINITY) };
  const terms = linkKeys(link, other).flatMap((key) => {
    const counterpart = lookup.index.entries.get(key);
    return counterpart ? sameConcept(counterpart.segmentId, counterpart.start, counterpart.end) : [];
  });
  return { scope: 'sentence', terms };
}
