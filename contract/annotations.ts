import type { TextLanguage } from './languages';

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

export interface AnnotationList {
  annotations: Annotation[];
  /** Every tag in use, for the filter, most used first. */
  tags: { tag: string; count: number }[];
  orphanCount: number;
  conflictCount: number;
}

export const EXPORT_FORMATS = ['markdown', 'csv', 'w3c-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  count: number;
}

/** Import files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  /** Annotations that arrived but could not be placed on the text: they are in the orphans list. */
  orphaned: number;
}
