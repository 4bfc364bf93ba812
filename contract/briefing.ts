import type { TextLanguage, UiLanguage } from './languages';
import type { Bilingual, ReviewNote, TextOrigin } from './model';

/**
 * Citation styles (issue #12, "Copy as citation"): each is a template the
 * domain fills from stored fields (main/domain/briefing/citationStyles.ts).
 * The style's language decides the language of the fields and labels.
 */
export const CITATION_STYLES = ['zh-gbt', 'en-chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The style a citation takes when the user chose none: the Chinese one in a Chinese interface. */
export function citationStyleOf(preference: CitationStyle | null, uiLanguage: UiLanguage): CitationStyle {
  return preference ?? (uiLanguage === 'en' ? 'en-chicago' : 'zh-gbt');
}

/** What is cited: a stretch of one side of a segment, in UTF-16 offsets of the stored text (a whole paragraph is 0..length). */
export interface QuoteTarget {
  segmentId: string;
  side: TextLanguage;
  start: number;
  end: number;
}

/** One side of a citation's text, with where it comes from. */
export interface CitedText {
  language: TextLanguage;
  text: string;
  /** Published text, or a reference translation prepared for this edition. */
  origin: TextOrigin;
  /** The sentences quoted, by id; null when the text is the whole paragraph (no sentence links there). */
  sentences: string[] | null;
}

/** The source of a quote, as stored in the corpus: both languages where the corpus has them. */
export interface CitationSource {
  documentId: string;
  issuer: Bilingual;
  title: Bilingual;
  documentNumber: Bilingual;
  /** ISO date (YYYY-MM-DD); null where the source states none. */
  issuedOn: string | null;
  /** 1-based, as the reader and the exports count paragraphs. */
  paragraph: number;
  /** The nearest heading above the paragraph (article or section); null when there is none. */
  heading: Bilingual | null;
  sourceUrl: string | null;
}

export interface Citation {
  target: QuoteTarget;
  style: CitationStyle;
  /** Exactly the stored text of the target's range. */
  quote: CitedText;
  /** The aligned sentence(s) of the other side; the whole other paragraph where there are no sentence links; null when there is no other side. */
  counterpart: CitedText | null;
  /** The quoted sentences are linked with nothing on the other side (a 1–0 link). */
  unaligned: boolean;
  source: CitationSource;
  /** Why a person should check the paragraph; null when nothing is flagged. */
  reviewNote: ReviewNote | null;
  /** `duizhao://doc/<documentId>/<segmentKey>?…` (contract/deepLink.ts). */
  deepLink: string;
}

/** A citation and its renderings, ready for the clipboard. */
export interface RenderedCitation {
  citation: Citation;
  /** The source line alone, as the style renders it (plain text). */
  reference: string;
  text: string;
  html: string;
  markdown: string;
}
