import type { SentenceLink, SentencesBySide } from './alignment';
import type { CitationStyle } from './briefing';
import type { TextLanguage, UiLanguage } from './languages';

/** Kinds of document: the bundled corpus uses the first three; a user's import may be any (issue 10). */
export const DOCUMENT_TYPES = ['press-release', 'plan', 'news', 'notice', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const SEGMENT_KINDS = ['title', 'heading', 'paragraph', 'meta'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/**
 * Where one side of a segment comes from: the published text, a translation made
 * for this edition, or the user's own draft translation (an imported document, issue 10).
 */
export const TEXT_ORIGINS = ['published', 'reference-translation', 'user-draft'] as const;
export type TextOrigin = (typeof TEXT_ORIGINS)[number];

export interface Bilingual {
  en: string | null;
  zh: string | null;
}

export interface LanguageCoverage {
  /** Segments that carry text in this language. */
  present: number;
  /** Of those, how many are the published text (the rest are reference translations or the user's draft). */
  published: number;
  /** Of those, how many are the user's draft translation (an imported document, issue 10). */
  draft: number;
  total: number;
}

export interface DocumentSummary {
  id: string;
  title: Bilingual;
  type: DocumentType;
  issuer: Bilingual;
  /** ISO dates (YYYY-MM-DD); null where the source does not state one. */
  issuedOn: string | null;
  publishedOn: string | null;
  documentNumber: Bilingual;
  sourceUrl: string | null;
  summary: Bilingual;
  keywords: Record<TextLanguage, string[]>;
  /** Page furniture removed from the published text (menus, language switches), listed for the record. */
  strippedChrome: string[];
  coverage: Record<TextLanguage, LanguageCoverage>;
  /** Shipped with the app, or imported by the user into their own database (issue 10). */
  library: 'bundled' | 'imported';
  /** The record of an imported document; null for a bundled one. */
  imported: ImportedRecord | null;
}

/** One file an imported document was made from, for the record (never its bytes). */
export interface ImportedFileRecord {
  name: string;
  format: string;
  language: TextLanguage | 'both';
  encoding: string | null;
  bytes: number;
  sha256: string;
  pages: number | null;
}

export interface ImportedRecord {
  /** 1 at the first import, one more at each re-import. */
  version: number;
  /** ISO timestamps. */
  importedAt: string;
  updatedAt: string;
  /** The files of the current version. */
  files: ImportedFileRecord[];
  /** TMX header props, kept as they were. */
  props: Record<string, string>;
}

/** A note written for people, given in every interface language (zh-TW converted from zh-CN). */
export type ReviewNote = Record<UiLanguage, string>;

export interface SegmentSide {
  text: string;
  origin: TextOrigin;
}

export interface Segment {
  /** Stable id, see contract/segmentId.ts. */
  id: string;
  position: number;
  kind: SegmentKind;
  /** 1 or 2 for headings, null otherwise. */
  level: number | null;
  zh: SegmentSide | null;
  en: SegmentSide | null;
  /** Why a person should check this segment, in each interface language; null when nothing is flagged. */
  reviewNote: ReviewNote | null;
  /** Each side's sentences, each in one of DocumentDetail.links. */
  sentences: SentencesBySide;
}

export interface DocumentDetail extends DocumentSummary {
  segments: Segment[];
  /** The sentence links of the document, in reading order. */
  links: SentenceLink[];
}

/** A stretch of a document's segments, as the reader loads a long document (getDocumentPart, issue 14). */
export interface DocumentPart {
  document: DocumentSummary;
  /** The position of the first segment of the part. */
  from: number;
  /** How many segments the document has in all. */
  total: number;
  segments: Segment[];
  /** The links of these segments' sentences. */
  links: SentenceLink[];
  /** Every segment id of the document, in order, when asked for (`withIds`): the reader places rows not yet loaded. */
  ids?: string[];
}

export const VIEW_MODES = ['both', 'zh', 'en'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** 'system' follows the operating system's light or dark setting, live. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How Chinese document text is shown: as stored (Simplified), or converted to Traditional for display only. */
export const CHINESE_SCRIPTS = ['simplified', 'traditional'] as const;
export type ChineseScript = (typeof CHINESE_SCRIPTS)[number];
/** The script Chinese text is stored, searched, anchored and exported in: the documents' own, as published. */
export const STORED_CHINESE_SCRIPT: ChineseScript = 'simplified';

export const FONT_SIZE_RANGE = { min: 13, max: 26, step: 1, default: 16 } as const;

export interface Preferences {
  /** null: follow the system language. */
  uiLanguage: UiLanguage | null;
  viewMode: ViewMode;
  /** false: Chinese on the left, English on the right. */
  swapSides: boolean;
  fontSize: number;
  /** Recorded as the author of each new annotation; '' until the user sets it. */
  authorName: string;
  theme: Theme;
  /** null: follow the system (Traditional on a zh-TW, zh-HK or zh-MO system, else Simplified); see chineseScriptOf. */
  chineseScript: ChineseScript | null;
  /** null: the Chinese style in a Chinese interface, the English one otherwise; see citationStyleOf. */
  citationStyle: CitationStyle | null;
}

/** The script Chinese text is shown in: the user's choice, else the system's. Independent of the interface language. */
export function chineseScriptOf(preference: ChineseScript | null, systemLanguage: UiLanguage): ChineseScript {
  return preference ?? (systemLanguage === 'zh-TW' ? 'traditional' : 'simplified');
}

export const DEFAULT_PREFERENCES: Preferences = {
  uiLanguage: null,
  viewMode: 'both',
  swapSides: false,
  fontSize: FONT_SIZE_RANGE.default,
  authorName: '',
  theme: 'system',
  chineseScript: null,
  citationStyle: null,
};

/** Why the user's database could not be opened for writing, as the notices tell it. */
export const STORAGE_FAILURES = ['corrupt', 'not-a-database', 'read-only', 'cannot-open', 'full', 'io', 'other'] as const;
export type StorageFailure = (typeof STORAGE_FAILURES)[number];

/** Something the user must be told once the window is up, in their language. */
export type StartupNotice =
  /** A damaged database was moved aside and a fresh one made. */
  | { code: 'user-data-recovered'; movedTo: string }
  /** Written by a newer Duizhao: left untouched, shown read-only when this version can read its tables (`shown`). */
  | { code: 'user-data-too-new'; foundVersion: number; supportedVersion: number; shown: boolean }
  /** The database can be read but not written (file, folder or disk read-only): shown, nothing saved. */
  | { code: 'user-data-read-only'; file: string; reason: StorageFailure }
  /** The database cannot be read: left where it is, nothing shown, nothing saved. */
  | { code: 'user-data-unavailable'; file: string; reason: StorageFailure }
  /**
   * The write-ahead log was damaged: `transactionsLost` committed changes after the damage could
   * not be recovered. The log was copied to `copiedTo` first (null: the copy failed, and the
   * database was opened read-only so that the log stays as it is).
   */
  | { code: 'user-data-wal-damaged'; copiedTo: string | null; transactionsKept: number; transactionsLost: number };

/** Notices that hold as long as the app runs (nothing can be saved): the banner offers no dismiss. */
export function isLastingNotice(notice: StartupNotice): boolean {
  return notice.code === 'user-data-too-new' || notice.code === 'user-data-read-only' || notice.code === 'user-data-unavailable';
}

export interface StartupState {
  systemLanguage: UiLanguage;
  notices: StartupNotice[];
  corpus: { version: string; documentCount: number };
}
