import type { AlignmentLevel, SentenceLink } from '../../../contract/alignment';
import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail, Segment, TextOrigin } from '../../../contract/model';
import { makeSentenceId } from '../../../contract/sentenceId';

/**
 * A document's alignment as the rows every export writes (TMX units, CSV
 * records, DOCX table rows), so that the three files always agree:
 *  - sentence level: one row per sentence link, in reading order; a 1–0 or
 *    0–1 link (a sentence with no counterpart) is a row with one side;
 *  - paragraph level: one row per segment that has text.
 */
export interface AlignmentRow {
  /** `<segment id>.zh1+2.en1` at sentence level, the segment id at paragraph level. */
  id: string;
  /** The segments the row's text comes from, in reading order. */
  segments: Segment[];
  zh: AlignedSide | null;
  en: AlignedSide | null;
  /** The link's confidence; at paragraph level the lowest of the paragraph's links; null when it has none. */
  confidence: number | null;
  /** A person set the link (sentence level only). */
  corrected: boolean | null;
}

export interface AlignedSide {
  text: string;
  origin: TextOrigin;
  /** Sentence ids, at sentence level; empty at paragraph level. */
  sentenceIds: string[];
}

export const ALIGNED_SIDES: readonly TextLanguage[] = ['zh', 'en'];
/** How two sentences of one side that are not adjacent in one segment are joined. */
const SEPARATOR: Record<TextLanguage, string> = { zh: '', en: ' ' };

/** `<document>-sentences.tmx`, `<document>-paragraphs.csv`…: the same name for the same rows in every format. */
export function alignmentFileName(document: { id: string }, level: AlignmentLevel, extension: string): string {
  return `${document.id}-${level === 'sentence' ? 'sentences' : 'paragraphs'}.${extension}`;
}

export function alignmentRows(document: DocumentDetail, level: AlignmentLevel): AlignmentRow[] {
  return level === 'sentence' ? sentenceRows(document) : paragraphRows(document);
}

function paragraphRows(document: DocumentDetail): AlignmentRow[] {
  const confidence = new Map(document.links.map((link) => [link.id, link.confidence]));
  return document.segments.flatMap((segment): AlignmentRow[] => {
    if (!segment.zh && !segment.en) return [];
    const side = (language: TextLanguage): AlignedSide | null => {
      const text = segment[language];
      return text ? { text: text.text, origin: text.origin, sentenceIds: [] } : null;
    };
    const linked = ALIGNED_SIDES.flatMap((language) => segment.sentences[language].map((s) => confidence.get(s.link) ?? 1));
    return [{ id: segment.id, segments: [segment], zh: side('zh'), en: side('en'), confidence: linked.length ? Math.min(...linked) : null, corrected: null }];
  });
}

interface PlacedSentence {
  id: string;
  segment: Segment;
  n: number;
  start: number;
  end: number;
}

function sentenceRows(document: DocumentDetail): AlignmentRow[] {
  const sentences = new Map<string, PlacedSentence>();
  for (const segment of document.segments) {
    for (const side of ALIGNED_SIDES) {
      for (const s of segment.sentences[side]) {
        const id = makeSentenceId(segment.id, s.n);
        sentences.set(`${side} ${id}`, { id, segment, n: s.n, start: s.start, end: s.end });
      }
    }
  }
  const placed = (link: SentenceLink, side: TextLanguage) =>
    link[side].map((id) => {
      const sentence = sentences.get(`${side} ${id}`);
      if (!sentence) throw new Error(`Link ${link.id} of ${document.id} names ${side} sentence ${id}, which the document does not have`);
      return sentence;
    });
  return document.links.flatMap((link): AlignmentRow[] => {
    const bySide = ALIGNED_SIDES.map((side) => ({ side, run: placed(link, side) })).filter((s) => s.run.length > 0);
    if (bySide.length === 0) return [];
    const side = (language: TextLanguage): AlignedSide | null => {
      const run = bySide.find((s) => s.side === language)?.run;
      return run ? { text: sentenceText(language, run), origin: run[0].segment[language]!.origin, sentenceIds: run.map((s) => s.id) } : null;
    };
    return [
      {
        id: sentenceRowId(bySide),
        segments: [...new Set(bySide.flatMap((s) => s.run.map((p) => p.segment)))],
        zh: side('zh'),
        en: side('en'),
        confidence: link.confidence,
        corrected: link.corrected,
      },
    ];
  });
}

/** `<segment id>.zh1+2.en1`: readable, and unique because every sentence is in exactly one link. */
function sentenceRowId(bySide: { side: TextLanguage; run: PlacedSentence[] }[]): string {
  const first = bySide[0].run[0].segment.id;
  return [first, ...bySide.map(({ side, run }) => `${side}${run.map((s) => s.n).join('+')}`)].join('.');
}

/** The sentences' text as the side has it: adjacent sentences keep the white space between them. */
function sentenceText(side: TextLanguage, run: readonly PlacedSentence[]): string {
  let text = '';
  run.forEach((sentence, i) => {
    const source = sentence.segment[side]!.text;
    const previous = run[i - 1];
    if (!previous) text += source.slice(sentence.start, sentence.end);
    else if (previous.segment === sentence.segment && previous.n + 1 === sentence.n) text += source.slice(previous.end, sentence.end);
    else text += SEPARATOR[side] + source.slice(sentence.start, sentence.end);
  });
  return text;
}

/** Each side's one origin over the rows, or 'mixed' when rows differ (a document translated both ways); null for a side with no text. */
export function sideOrigins(rows: readonly AlignmentRow[]): Record<TextLanguage, TextOrigin | 'mixed' | null> {
  const of = (language: TextLanguage) => {
    const origins = new Set(rows.flatMap((row) => (row[language] ? [row[language]!.origin] : [])));
    return origins.size === 0 ? null : origins.size === 1 ? [...origins][0] : 'mixed';
  };
  return { zh: of('zh'), en: of('en') };
}
