import type { TextLanguage } from './languages';
import type { ReviewNote, TextOrigin } from './model';
import type { ErrorDetails } from './result';

/**
 * Annotations as the W3C Web Annotation data model describes their targets
 * (https://www.w3.org/TR/annotation-model/#selectors): a segment side is the
 * source, and the highlighted text is found again by its position and by its
 * quote with some context, whichever still fits the text as it is now.
 */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export const NOTE_MAX_LENGTH = 20_000;
export const TAG_MAX_LENGTH = 60;
export const TAGS_MAX_COUNT = 30;
export const AUTHOR_MAX_LENGTH = 80;
/** A quote longer than this is refused: an annotation marks a passage, not a document. */
export const QUOTE_MAX_LENGTH = 5_000;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to QUOTE_CONTEXT_LENGTH characters before and after `exact` in the text it was made on. */
  prefix: string;
  suffix: string;
}

/** [start, end) in UTF-16 code units of the segment side's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export const QUOTE_CONTEXT_LENGTH = 32;

export interface AnnotationTarget {
  segmentId: string;
  side: TextLanguage;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How an annotation was placed on the text as it is now; `orphaned`: nowhere, kept for the user to settle. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type AnnotationPlacement =
  | { status: 'anchored'; method: AnchorMethod; start: number; end: number; text: string }
  | { status: 'orphaned' };

export interface Annotation {
  /** A UUID; exported as urn:uuid:<id>, so the same annotation is recognised on a colleague's machine. */
  id: string;
  documentId: string;
  /** The paragraph number shown in the reader (1-based); null when the segment is no longer in the corpus. */
  paragraph: number | null;
  target: AnnotationTarget;
  placement: AnnotationPlacement;
  /**
   * Whether the annotated side is published text or a reference translation, and
   * the paragraph's review note (issue #12); null when the paragraph is no longer there.
   */
  provenance: { origin: TextOrigin; reviewNote: ReviewNote | null } | null;
  colour: HighlightColour;
  note: string;
  tags: string[];
  author: string;
  createdAt: string;
  updatedAt: string;
  /** Another version of this annotation came in by import and differs from this one: the user chooses. */
  conflict: AnnotationConflict | null;
}

export interface AnnotationConflict {
  colour: HighlightColour;
  note: string;
  tags: string[];
  author: string;
  updatedAt: string;
  /** The imported version's quote, when its target differs from ours. */
  quote: string;
}

export interface AnnotationFilter {
  documentId?: string;
  colours?: HighlightColour[];
  tag?: string;
  /** Matches the quote, the note or a tag, case-insensitively. */
  text?: string;
  status?: 'all' | 'orphaned' | 'conflict';
  sort?: 'position' | 'created' | 'updated';
}

/** The most a page of the Annotations screen asks for at once. */
export const ANNOTATION_PAGE_MAX = 500;

/**
 * A page of what the filter shows: `limit` annotations from `offset`. Without
 * `limit`, all of them: the reader's highlights of one document are read so.
 */
export interface AnnotationPageRequest extends AnnotationFilter {
  offset?: number;
  limit?: number;
}

export interface AnnotationList {
  /** The page asked for. */
  annotations: Annotation[];
  /** How many the filter shows, on every page. */
  total: number;
  /** Every tag in use, for the filter, most used first. */
  tags: { tag: string; count: number }[];
  /** Orphans and conflicts of the document (or the library), whatever the other filters. */
  orphanCount: number;
  conflictCount: number;
}

/** The annotations of a stretch of one document's segments (listAnnotationsInRange), and how many the document has. */
export interface AnnotationRange {
  /** In reading order: by segment, the Chinese side first, then where the quote lands, the oldest first. */
  annotations: Annotation[];
  /** The document's live annotations, all of them, counted without placing any. */
  documentTotal: number;
  /** Every tag in use in the document, most used first, for the editor's suggestions. */
  tags: { tag: string; count: number }[];
}

export const EXPORT_FORMATS = ['markdown', 'csv', 'w3c-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  count: number;
}

/**
 * An export written to a file as it is made (issue #14). In Electron, main asks
 * where with its save dialog and writes it there (`saved`, with the file's name
 * only) or the user cancels; in the browser host, the browser downloads it from
 * a one-time address of the host, `url`, within a minute.
 */
export type AnnotationFileExport =
  | { delivery: 'saved'; fileName: string; count: number }
  | { delivery: 'cancelled' }
  | { delivery: 'download'; url: string; fileName: string; count: number };

/** Import files, all those chosen together, larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
/** Colleagues' files merged in one import. */
export const IMPORT_MAX_FILES = 20;

export interface ImportFile {
  /** The file's name, to tell the user which file each record came from. */
  name: string;
  content: string;
}

/** `preview` runs the whole merge and rolls it back: the report says what `apply` would do, and nothing is written. */
export const IMPORT_MODES = ['preview', 'apply'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/**
 * What importing one record does (or would do). `deleted`: a deletion newer than
 * our copy removes it; `deletion-recorded`: a deletion of an annotation we never
 * had (or had already deleted) is kept so an older copy cannot bring it back;
 * `edit-kept`: their deletion of a version we have changed since, our edit stays.
 */
export const IMPORT_OUTCOMES = ['added', 'updated', 'duplicate', 'older', 'conflict', 'deleted', 'deletion-recorded', 'edit-kept', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
/** Outcomes that write something: what "Import N" counts. */
export const IMPORT_WRITING_OUTCOMES: readonly ImportOutcome[] = ['added', 'updated', 'conflict', 'deleted', 'deletion-recorded'];

/**
 * Why a record is left out, the rest of its file being taken:
 * `malformed` (not a W3C annotation Duizhao reads; `field` says where),
 * `repeated-id` (the same annotation earlier in the same file),
 * `unknown-segment` (a document or paragraph this library does not have),
 * `other-document` (our copy is in another document: an import never moves an annotation).
 */
export const IMPORT_REJECTIONS = ['malformed', 'repeated-id', 'unknown-segment', 'other-document'] as const;
export type ImportRejection = (typeof IMPORT_REJECTIONS)[number];

export interface ImportRecordReport {
  /** 0-based place in the file: annotations first, then the collection's deletions. */
  index: number;
  /** The annotation's id, when the record has a readable one. */
  id: string | null;
  /** The quoted text, cut to 80 characters; '' when the record has none readable. */
  quote: string;
  documentId: string | null;
  /** The record is a deletion (tombstone). */
  deletion: boolean;
  outcome: ImportOutcome;
  rejection: { reason: ImportRejection; field: string } | null;
  /** Added or updated, but its text is no longer in the paragraph: it goes to Unplaced. */
  orphaned: boolean;
  /** Lone surrogates in its note, tags or author were replaced with U+FFFD. */
  repaired: boolean;
}

export interface ImportFileReport {
  name: string;
  /** The file refused whole (not JSON, not an annotation collection); its records are then empty. */
  error: { code: 'import-not-json' | 'import-wrong-shape'; message: string; details?: ErrorDetails } | null;
  records: ImportRecordReport[];
}

export interface ImportReport {
  /** false for a preview: nothing was written. */
  applied: boolean;
  files: ImportFileReport[];
  /** Records of every file, by outcome. */
  counts: Record<ImportOutcome, number>;
  /** Records that write something (IMPORT_WRITING_OUTCOMES). */
  writes: number;
  orphaned: number;
}
