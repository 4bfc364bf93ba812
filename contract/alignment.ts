import type { TextLanguage } from './languages';
import { parseSentenceId } from './sentenceId';

/**
 * Sentences and the links between the two languages (issue "Sentence by
 * sentence"). A sentence is named by its segment and its place on one side:
 * `<segmentId>.s<n>`, n counted from 1 on each side (see sentenceId.ts).
 */
export interface Sentence {
  /** 1-based place on its side of the segment. */
  n: number;
  /** UTF-16 offsets in the side's text. */
  start: number;
  end: number;
  /** Id of its link (SentenceLink.id): every sentence is in exactly one. */
  link: number;
}

export interface SentenceLink {
  id: number;
  /** Sentence ids on each side, in reading order; either side may be empty (a 1–0 or 0–1 link). */
  zh: string[];
  en: string[];
  /** 0–1: how likely the link is right; links under LOW_CONFIDENCE are shaded and listed for checking. */
  confidence: number;
  /** A person set it in the sources, and it wins over what the aligner computed. */
  corrected: boolean;
}

/**
 * Links under this confidence are shaded in the reader and listed under
 * "check these links". Chosen from the calibration that npm run bench:align
 * prints: on the gold set, about one link in five between 0.5 and 0.8 is
 * wrong, against one in a hundred or fewer above 0.8.
 */
export const LOW_CONFIDENCE = 0.8;

/** An alignment is exported a row (or TMX unit) per sentence link, or per paragraph. */
export const ALIGNMENT_LEVELS = ['sentence', 'paragraph'] as const;
export type AlignmentLevel = (typeof ALIGNMENT_LEVELS)[number];

/**
 * A document's alignment as a file (issue 10): TMX 1.4b for translation tools,
 * a two-column CSV for spreadsheets, a bilingual DOCX table for people.
 */
export const ALIGNMENT_EXPORT_FORMATS = ['tmx', 'csv', 'docx'] as const;
export type AlignmentExportFormat = (typeof ALIGNMENT_EXPORT_FORMATS)[number];

/** An exported alignment: the file's bytes as base64 (a DOCX is binary), and how many rows or units it holds. */
export interface AlignmentExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  count: number;
}

export type SentencesBySide = Record<TextLanguage, Sentence[]>;

/**
 * Links in reading order: by the place of the segment that holds them, then by id. Ids grow in reading order within
 * a segment, but an imported document's edited segments get new links, with ids after every other (issue 10).
 */
export function linksInReadingOrder<L extends Pick<SentenceLink, 'id' | 'zh' | 'en'>>(links: Iterable<L>, positionOf: (segmentId: string) => number | undefined): L[] {
  const placed = [...links].map((link) => {
    const first = link.zh[0] ?? link.en[0];
    const segmentId = first === undefined ? undefined : parseSentenceId(first)?.segmentId;
    return { link, position: segmentId === undefined ? Infinity : (positionOf(segmentId) ?? Infinity) };
  });
  return placed.sort((a, b) => a.position - b.position || a.link.id - b.link.id).map((p) => p.link);
}
