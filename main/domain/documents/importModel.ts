import type { TextLanguage } from '../../../contract/languages';

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
