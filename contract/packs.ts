import type { TextPositionSelector, TextQuoteSelector } from './annotations';
import type { Citation, CitationStyle, QuoteTarget } from './briefing';
import type { TextLanguage } from './languages';

/**
 * Briefing packs (issue #12): what an official takes to the podium. A pack has
 * a title, an occasion and a date, and ordered sections; a section holds quote
 * cards, talking points and anticipated questions whose answers cite cards.
 * Packs live in the user database (so backups carry them); every quote card
 * keeps the W3C selectors of its text and a digest of it, so the pack can be
 * checked against the corpus as it is today.
 */

export const PACK_TITLE_MAX_LENGTH = 200;
export const PACK_OCCASION_MAX_LENGTH = 500;
export const SECTION_TITLE_MAX_LENGTH = 200;
/** A talking point, a question, an answer or a card's note. */
export const PACK_TEXT_MAX_LENGTH = 10_000;
/** Items (cards, points, questions) in one pack, all sections together. */
export const PACK_ITEMS_MAX = 2_000;
export const PACK_SECTIONS_MAX = 100;
/** Quotes added in one call (search results sent to a pack). */
export const ADD_QUOTES_MAX = 500;

/** Packs, sections and items are named by UUIDs. */
export const PACK_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Where a card came from: the reader's selection or sentence, a search hit, or an annotation. */
export const QUOTE_ORIGINS = ['reader', 'search', 'annotation'] as const;
export type QuoteOrigin = (typeof QUOTE_ORIGINS)[number];

/**
 * What to quote. `range`: a stretch of one side as selected; `sentences`: whole
 * sentences of one side by id (`<segmentId>.s<n>`, as search hits name them);
 * `paragraph`: one side's whole paragraph; `annotation`: the annotated text as
 * it is placed today (its note becomes the card's note).
 */
export type QuoteSource =
  | { kind: 'range'; target: QuoteTarget }
  | { kind: 'sentences'; segmentId: string; side: TextLanguage; sentenceIds: string[] }
  | { kind: 'paragraph'; segmentId: string; side: TextLanguage }
  | { kind: 'annotation'; annotationId: string };

/** The quoted text's place, as the W3C Web Annotation model selects it (the same selectors annotations keep). */
export interface QuoteSelectors {
  segmentId: string;
  side: TextLanguage;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface QuoteCard {
  kind: 'quote';
  id: string;
  /** How the card was made. */
  origin: QuoteOrigin;
  selectors: QuoteSelectors;
  /** `sha256:<hex>` of the quoted text exactly as stored (UTF-8 of its UTF-16 string). */
  digest: string;
  /** `sha256:<hex>` of the counterpart's text when the card was made; null when there was none. */
  counterpartDigest: string | null;
  /**
   * The citation as it was when the card was made: quote, counterpart, source,
   * provenance of each side and review note. Exports render it in the style chosen then.
   */
  citation: Citation;
  /** The user's own words about the card (kept out of the quote). */
  note: string;
  addedAt: string;
}

export interface TalkingPoint {
  kind: 'point';
  id: string;
  text: string;
}

/** An anticipated question and its answer, citing cards of the same pack by id. */
export interface QuestionAnswer {
  kind: 'qa';
  id: string;
  question: string;
  answer: string;
  /** Card ids, in the order the answer cites them; a card deleted later drops out of the list. */
  cites: string[];
}

export type PackItem = QuoteCard | TalkingPoint | QuestionAnswer;

export interface PackSection {
  id: string;
  title: string;
  items: PackItem[];
}

export interface Pack {
  id: string;
  title: string;
  occasion: string;
  /** ISO date of the briefing (YYYY-MM-DD); null when not set. */
  date: string | null;
  sections: PackSection[];
  createdAt: string;
  updatedAt: string;
  /** Who changed it last (the author name in Settings). */
  updatedBy: string;
}

export interface PackSummary {
  id: string;
  title: string;
  occasion: string;
  date: string | null;
  sectionCount: number;
  cardCount: number;
  pointCount: number;
  questionCount: number;
  updatedAt: string;
}

/**
 * A card checked against today's corpus. `exact`: the quoted text is where it was;
 * `moved`: the same text is found elsewhere (another place in the paragraph, or
 * another paragraph of the document); `changed`: the passage is found with other
 * words (`now` holds today's text, to be shown beside the card's); `gone`: not found.
 */
export const QUOTE_STATUSES = ['exact', 'moved', 'changed', 'gone'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export interface QuoteCheck {
  itemId: string;
  status: QuoteStatus;
  /** Where and what the quote is today; null when gone. */
  now: { segmentId: string; paragraph: number; side: TextLanguage; start: number; end: number; text: string } | null;
  /** The counterpart's text today differs from the card's (its sentence links or its words changed). */
  counterpartChanged: boolean;
  /** Today's counterpart text when it changed; null otherwise. */
  counterpartNow: string | null;
}

export interface PackCheck {
  packId: string;
  checkedAt: string;
  /** The corpus version checked against. */
  corpusVersion: string;
  checks: QuoteCheck[];
  /** Counts by status. */
  counts: Record<QuoteStatus, number>;
}

/** What an export shows: the Chinese only, the English only, or both side by side. */
export const PACK_LAYOUTS = ['zh', 'en', 'bilingual'] as const;
export type PackLayout = (typeof PACK_LAYOUTS)[number];

/**
 * `html` is the pack as one self-contained page laid out for print (page numbers,
 * page breaks, no scripts): the browser host's print path prints it, and
 * Electron's printToPDF makes `pdf` from it. `pdf` is refused with
 * `pdf-unavailable` where no printer to PDF is at hand (the browser host).
 */
export const PACK_EXPORT_FORMATS = ['docx', 'markdown', 'html', 'pdf'] as const;
export type PackExportFormat = (typeof PACK_EXPORT_FORMATS)[number];

export interface PackExportOptions {
  format: PackExportFormat;
  layout: PackLayout;
  /** Citation style of the footnotes; by default the user's. */
  style?: CitationStyle;
  /**
   * The user has seen the changed or gone quotes and exports anyway: those cards
   * are marked in the file as changed since they were quoted. Without it an
   * export of a pack with such quotes is refused (`pack-quotes-changed`).
   */
  confirmChanged?: boolean;
}

/** An exported pack: the file's bytes, base64 (DOCX and PDF are binary), and what was in it. */
export interface PackExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  cardCount: number;
  /** Cards exported with a "changed since quoted" mark. */
  flaggedCount: number;
}

/** One change to a pack's contents or order; each is one transaction and answers with the pack as it is now. */
export type PackEdit =
  | { op: 'rename'; title?: string; occasion?: string; date?: string | null }
  | { op: 'add-section'; title: string; index?: number }
  | { op: 'rename-section'; sectionId: string; title: string }
  | { op: 'delete-section'; sectionId: string }
  | { op: 'move-section'; sectionId: string; index: number }
  | { op: 'add-point'; sectionId: string; text: string; index?: number }
  | { op: 'add-question'; sectionId: string; question: string; answer: string; cites: string[]; index?: number }
  | { op: 'edit-point'; itemId: string; text: string }
  | { op: 'edit-question'; itemId: string; question: string; answer: string; cites: string[] }
  | { op: 'edit-card-note'; itemId: string; note: string }
  /** Deleted items and sections are kept, so Undo can bring them back where they were. */
  | { op: 'delete-item'; itemId: string }
  | { op: 'restore-item'; itemId: string }
  | { op: 'restore-section'; sectionId: string }
  | { op: 'move-item'; itemId: string; sectionId: string; index: number }
  /** Takes today's text and place for a moved or changed card (a new citation, selectors and digest). */
  | { op: 'refresh-card'; itemId: string };
