import type { AnnotationPlacement, AnnotationTarget } from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import type { ReviewNote, Segment, TextOrigin } from '../../../contract/model';
import { parseSentenceId } from '../../../contract/sentenceId';
import type { QuotedSentence } from '../corpus/sentenceLinks';

/** The sentence links an export reads (SentenceLinkStore for the corpus). */
export interface SentenceCounterparts {
  sentencesAt(segmentId: string, side: TextLanguage, start: number, end: number): QuotedSentence[];
  counterpart(segmentId: string, side: TextLanguage, start: number, end: number): QuotedSentence[];
}

/** What an annotation's quote faces on the other side, as the exports write it. */
export interface ExportedCounterpart {
  segmentId: string;
  side: TextLanguage;
  /** Published text or a reference translation: said beside every counterpart. */
  origin: TextOrigin;
  text: string;
  /** UTF-16 offsets of `text` in the other side's segment text. */
  start: number;
  end: number;
  /** The aligned sentences' ids; null when the counterpart is the whole paragraph. */
  sentences: string[] | null;
}

/** What the counterpart is found from: an annotation, or any stretch placed on today's text (a citation). */
export interface QuotedPlace {
  target: Pick<AnnotationTarget, 'segmentId' | 'side'>;
  placement: AnnotationPlacement;
}

export interface AnnotationSides {
  /** The provenance of the annotated side; null when the segment is gone. */
  quoteOrigin: TextOrigin | null;
  /** The sentences the quote touches; empty when the side has no sentence data or the quote is unplaced. */
  quoteSentences: string[];
  counterpart: ExportedCounterpart | null;
  /** The quote's sentences are linked with no sentence of the other side (a 1–0 link). */
  unaligned: boolean;
  /** Why a person should check the paragraph (issue #12: a quote keeps its flag wherever it goes); null when nothing is flagged. */
  reviewNote: ReviewNote | null;
}

/**
 * The counterpart of an annotation (issue "Sentence by sentence"): the
 * sentences linked with the ones its quote touches. The whole other
 * paragraph where there is no sentence data (a user's document) or the
 * annotation could not be placed on today's text.
 */
export function annotationSides(annotation: QuotedPlace, segment: Segment | null, sentences: SentenceCounterparts | undefined): AnnotationSides {
  const { side, segmentId } = annotation.target;
  const other: TextLanguage = side === 'zh' ? 'en' : 'zh';
  const otherText = segment?.[other] ?? null;
  const none: AnnotationSides = {
    quoteOrigin: segment?.[side]?.origin ?? null,
    quoteSentences: [],
    counterpart: null,
    unaligned: false,
    reviewNote: segment?.reviewNote ?? null,
  };
  if (!segment || !otherText) return none;
  const paragraph: ExportedCounterpart = { segmentId, side: other, origin: otherText.origin, text: otherText.text, start: 0, end: otherText.text.length, sentences: null };
  const { placement } = annotation;
  const quoted = sentences && placement.status === 'anchored' ? sentences.sentencesAt(segmentId, side, placement.start, placement.end) : [];
  if (!sentences || placement.status !== 'anchored' || quoted.length === 0) return { ...none, counterpart: paragraph };
  // The corpus links sentences within a paragraph (corpusDatabase.ts): the counterpart is quoted from this one's other side.
  const linked = sentences.counterpart(segmentId, side, placement.start, placement.end).filter((s) => s.segmentId === segmentId);
  const quoteSentences = quoted.map((s) => s.id);
  if (linked.length === 0) return { ...none, quoteSentences, unaligned: true };
  // Quoted as they stand in the text, the spaces between them included.
  const start = Math.min(...linked.map((s) => s.start));
  const end = Math.max(...linked.map((s) => s.end));
  const text = otherText.text.slice(start, end);
  return { ...none, quoteSentences, counterpart: { ...paragraph, text, start, end, sentences: linked.map((s) => s.id) } };
}

/** Sentence numbers as people read them: 2, 2–3, or 2, 4–5. */
export function sentenceNumbers(ids: readonly string[]): string {
  const numbers = ids.map((id) => parseSentenceId(id)?.n).filter((n): n is number => n !== undefined);
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
