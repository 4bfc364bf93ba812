import type { TextLanguage } from './languages';
import type { DocumentType, ReviewNote, SegmentKind, TextOrigin } from './model';

export const SEARCH_LANGUAGES = ['any', 'zh', 'en'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/** How far a search can be paged: past every match of any library this app is made for. */
export const SEARCH_OFFSET_MAX = 1_000_000;

export interface SearchRequest {
  query: string;
  /** Search as you type: the last word also matches as a prefix. */
  prefix?: boolean;
  /** Only the words as typed: no typo correction (the "search instead for" of a corrected search). */
  exact?: boolean;
  language?: SearchLanguage;
  documentIds?: string[];
  types?: DocumentType[];
  /** ISO dates, inclusive, on the document's date. */
  dateFrom?: string;
  dateTo?: string;
  /** Only segments that carry one of the user's annotations. */
  annotatedOnly?: boolean;
  /**
   * Only hits found in text of this provenance: the query matches, on its own,
   * a side that is published text (or a reference translation). A user's own
   * document records no provenance, so it has no hit under this filter.
   */
  origin?: TextOrigin;
  offset?: number;
  limit?: number;
}

/** [start, end) in UTF-16 units of the snippet or segment text. */
export type TextRange = [number, number];

export interface SearchSnippet {
  text: string;
  highlights: TextRange[];
  cutStart: boolean;
  cutEnd: boolean;
}

export interface SearchHit {
  segmentId: string;
  documentId: string;
  /** 0-based position of the segment in its document. */
  position: number;
  kind: SegmentKind;
  /** The sides the query matched on. */
  matched: TextLanguage[];
  zh: SearchSnippet | null;
  en: SearchSnippet | null;
  /** Where each side's text comes from; null where the source records nothing (a user's own document). */
  origin: Record<TextLanguage, TextOrigin | null>;
  /** Why a person should check this segment, in each interface language; null when nothing is flagged. */
  reviewNote: ReviewNote | null;
  /**
   * With sentence links: the ids (`<segmentId>.s<n>`) of the matched sentences on
   * the matched side and of the sentences aligned with them on the other, which
   * the snippets show. Absent where the segment has no sentence data.
   */
  sentences?: Record<TextLanguage, string[]>;
}

/** Why a query found nothing without searching: the renderer explains it in the user's language. */
export type SearchNotice = 'empty-query' | 'only-exclusions' | 'no-match-in-language';

/** A typed word the index does not know, and the words of the index searched for in its place, closest first. */
export interface SearchCorrection {
  typed: string;
  searchedFor: string[];
}

/**
 * The search went beyond the words typed: the renderer says what was searched
 * for (`query`, the typed query with each unknown word replaced by its closest
 * correction) and offers the exact search.
 */
export interface SearchFallback {
  kind: 'typo';
  query: string;
  corrections: SearchCorrection[];
}

export interface SearchResults {
  query: string;
  /**
   * All matching segments. Counting stops a little past the page asked for or past
   * the service's count cap, whichever is further: `totalIsCapped` then says "at least".
   */
  total: number;
  totalIsCapped: boolean;
  /** Matches per document, most first. */
  documents: { documentId: string; count: number }[];
  hits: SearchHit[];
  notice: SearchNotice | null;
  /** Set when typo correction widened the search; null when only the words typed (and their forms) were searched. */
  fallback: SearchFallback | null;
  tookMs: number;
}

export interface DocumentMatches {
  query: string;
  /** Every matching segment of the document, in reading order, with full-text ranges. */
  hits: { segmentId: string; zh: TextRange[]; en: TextRange[] }[];
  notice: SearchNotice | null;
}
