import type { TextLanguage } from '../../../contract/languages';
import type { WordPair } from '../alignment/wordLinks';

/**
 * What a parser makes of one user's file (issue "Bring your own documents"),
 * before anything is aligned or stored. Every parser of a user's file
 * (txt, md, html, docx, pdf, TMX) sits behind `parseImportFile`
 * (./parsers), so the hostile-file tests drive them all the same way.
 */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf', 'tmx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One block of running text, in reading order. */
export interface ImportBlock {
  kind: 'title' | 'heading' | 'paragraph';
  /** 1 or 2 for headings, null otherwise. */
  level: 1 | 2 | null;
  /** Plain text, NFC, no markup; never empty. */
  text: string;
}

/** A file in one language: a side of a pair, or a single-language document. */
export interface ParsedText {
  shape: 'text';
  format: ImportFormat;
  /** The language most of the text is written in. */
  language: TextLanguage;
  /** For text files: the encoding detected (or chosen), e.g. 'utf-8', 'utf-16le', 'gb18030', 'big5'; null for other formats. */
  encoding: string | null;
  /** For text files whose encoding was detected: the encodings the bytes read as, the one read first, for the preview to offer. */
  encodingCandidates?: string[];
  /** The title the file gives itself (a first heading, <title>, document properties), if any. */
  title: string | null;
  blocks: ImportBlock[];
  /** PDF page count, for progress and the record. */
  pages: number | null;
}

/** One unit of an already aligned bilingual file (a TMX <tu>, a row of a two-column table). */
export interface ImportUnit {
  kind: 'heading' | 'paragraph';
  zh: string | null;
  en: string | null;
  /** TMX <prop>s of the unit and its variants, kept as they were (type → value). */
  props: Record<string, string>;
  /** TMX <note>s, in order. */
  notes: string[];
}

/** A file holding both languages, aligned already. */
export interface ParsedBilingual {
  shape: 'bilingual';
  format: ImportFormat;
  title: string | null;
  /** Header <prop>s of a TMX file (type → value). */
  props: Record<string, string>;
  /** What the file calls each unit: sentences ('sentence' segtype) or paragraphs. */
  segmentation: 'sentence' | 'paragraph';
  units: ImportUnit[];
}

export type ParsedFile = ParsedText | ParsedBilingual;

export interface ImportFileInput {
  /** The file's name as the user chose it (never a path to be opened). */
  name: string;
  bytes: Uint8Array;
  /** A text file's encoding chosen by the user instead of the detected one. */
  encoding?: string;
}

export interface ParseOptions {
  /** Called as work advances (PDF pages, DOCX parts), at most a few times a second. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A sentence of a planned segment's side: UTF-16 offsets in that side's text. */
export interface PlannedSentence {
  start: number;
  end: number;
}

/**
 * One row of an imported document as it will be stored: a segment whose two
 * sides correspond (a group of paragraphs on each side that the sentence
 * links join, so no link leaves it), with its sentences and links. Shaped as
 * the corpus build stores a bundled segment, so the reader, the search, the
 * annotations and the exports treat both alike.
 */
export interface PlannedSegment {
  kind: 'title' | 'heading' | 'paragraph';
  level: 1 | 2 | null;
  /** Paragraphs of a side joined by "\n"; null where the side has no text here. */
  zh: string | null;
  en: string | null;
  sentences: Record<TextLanguage, PlannedSentence[]>;
  /** 1-based sentence numbers per side; every sentence is in exactly one link. */
  links: { zh: number[]; en: number[]; confidence: number; corrected: boolean; words: WordPair[] }[];
}

/** What the import pipeline (parse, then align, off the UI thread) hands to storage: one transaction stores it. */
export interface ImportPlan {
  shape: 'pair' | 'bilingual' | 'single';
  /** The files it was made from, for the record (never their bytes). */
  files: { name: string; format: ImportFormat; language: TextLanguage | 'both'; encoding: string | null; bytes: number; sha256: string; pages: number | null }[];
  /** Titles the files suggest, for the metadata form. */
  suggestedTitle: Record<TextLanguage, string | null>;
  /** TMX header props, kept as they were. */
  props: Record<string, string>;
  segments: PlannedSegment[];
}
