import { z } from 'zod';
import { TEXT_LANGUAGES, type TextLanguage } from './languages';
import { TEXT_ORIGINS, type TextOrigin } from './model';
import type { TextRange } from './search';
import { DOCUMENT_ID_PATTERN } from './segmentId';
import { hasLoneSurrogate, WELL_FORMED_MESSAGE } from './wellFormedText';

/**
 * The termbase (issue "Terminology workbench"): concept-oriented entries as TBX (ISO 30042, TBX-Basic) and MultiTerm
 * model them. One concept holds its Chinese and English terms; each term carries its own status, type, sources, date
 * and note, so "how is 分级诊疗 rendered, and which rendering is preferred?" is answered by one entry.
 */
export const TERM_STATUSES = ['preferred', 'admitted', 'superseded', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** TBX-Basic's termType values that this model keeps. */
export const TERM_TYPES = ['fullForm', 'abbreviation', 'acronym', 'shortForm', 'variant', 'phrase'] as const;
export type TermType = (typeof TERM_TYPES)[number];

/** A rendering's status is acceptable (the audit looks for one of these on the other side) or not. */
export const ACCEPTED_STATUSES: readonly TermStatus[] = ['preferred', 'admitted'];

export const TERM_TEXT_MAX_LENGTH = 200;
/** `c001` … in the starter termbase, `u…` for the user's own. */
export const CONCEPT_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
export const TERM_NOTE_MAX_LENGTH = 2_000;

/**
 * Where a term is attested: a paragraph of a document in the library (with the provenance of that side, published
 * text or reference translation), or an external authority the user names (a published glossary, a ministry's list).
 */
export type TermSource =
  | { kind: 'corpus'; documentId: string; segmentKey: string; origin: TextOrigin; count: number; date: string | null }
  | { kind: 'authority'; name: string; reference: string | null; date: string | null };

/**
 * How loosely an English term matches running text. Simplified/Traditional and full-/half-width forms always match;
 * Chinese synonyms are the concept's other Chinese terms. The entry decides the rest.
 */
export interface TermMatching {
  /** "NHSA" must be written so; by default case is ignored. */
  caseSensitive: boolean;
  /** "long-term" also matches "long term" and "longterm". */
  hyphenVariants: boolean;
  /** The last word may take its plural or other inflection (consortium/consortia, plan/plans). */
  inflections: boolean;
}

export const DEFAULT_TERM_MATCHING: TermMatching = { caseSensitive: false, hyphenVariants: false, inflections: true };

export interface Term {
  /** Stable within the termbase: `<conceptId>.t<n>`. */
  id: string;
  language: TextLanguage;
  /** Chinese as written (stored Simplified); English in its base form (singular, lower case unless a name). */
  text: string;
  termType: TermType;
  status: TermStatus;
  note: string;
  /** The earliest date among the sources, or the date the user gave (ISO yyyy-mm-dd). */
  date: string | null;
  sources: TermSource[];
  matching: TermMatching;
}

/** A subject field, named in both languages. */
export interface TermDomain {
  id: string;
  zh: string;
  en: string;
}

export interface Concept {
  /** `c001` … for the starter termbase; `u…` for the user's own concepts. Never reused. */
  id: string;
  domain: string | null;
  note: string;
  terms: Term[];
  /** Shipped with the app, or made (or changed) by the user: a starter concept the user edits becomes the user's. */
  origin: 'starter' | 'user';
  createdAt: string;
  /** Who changed it last, and when (ISO 8601). */
  changedBy: string;
  changedAt: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as yyyy-mm-dd');
const termSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('corpus'),
    documentId: z.string().regex(DOCUMENT_ID_PATTERN),
    segmentKey: z.string().regex(/^[a-z0-9-]{1,40}$/),
    origin: z.enum(TEXT_ORIGINS),
    count: z.number().int().min(0),
    date: isoDate.nullable(),
  }),
  z.object({ kind: z.literal('authority'), name: z.string().trim().min(1).max(200), reference: z.string().max(500).nullable(), date: isoDate.nullable() }),
]);
const termText = z
  .string()
  .trim()
  .min(1)
  .max(TERM_TEXT_MAX_LENGTH)
  .refine((text) => !hasLoneSurrogate(text), WELL_FORMED_MESSAGE);

/** A term as the user (or a file) gives it; the id is assigned by the termbase when missing. */
export const termInputSchema = z.object({
  id: z.string().max(40).optional(),
  language: z.enum(TEXT_LANGUAGES),
  text: termText,
  termType: z.enum(TERM_TYPES).default('fullForm'),
  status: z.enum(TERM_STATUSES),
  note: z.string().max(TERM_NOTE_MAX_LENGTH).default(''),
  date: isoDate.nullable().default(null),
  sources: z.array(termSourceSchema).max(500).default([]),
  matching: z.object({ caseSensitive: z.boolean(), hyphenVariants: z.boolean(), inflections: z.boolean() }).default(DEFAULT_TERM_MATCHING),
});
export type TermInput = z.input<typeof termInputSchema>;

/** A concept as the user gives it: the id is kept when it edits one, made when it is new. */
export const conceptInputSchema = z.object({
  id: z.string().regex(CONCEPT_ID_PATTERN).optional(),
  domain: z.string().max(60).nullable().default(null),
  note: z.string().max(TERM_NOTE_MAX_LENGTH).default(''),
  terms: z.array(termInputSchema).min(1).max(100),
});
export type ConceptInput = z.input<typeof conceptInputSchema>;

/** How concordance lines are ordered: by the left context read backwards from the keyword, the right context, reading order, or date. */
export const CONCORDANCE_SORTS = ['left', 'right', 'document', 'date'] as const;
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];

/** A term or phrase in either language, looked for as the search looks for it, with a page of its lines. */
export interface ConcordanceRequest {
  query: string;
  documentIds?: string[];
  /** Inclusive ISO dates on the document's date. */
  dateFrom?: string;
  dateTo?: string;
  /** The provenance of the side the keyword is on. */
  origin?: TextOrigin;
  sort?: ConcordanceSort;
  offset?: number;
  limit?: number;
}

/** What the other language renders the keyword as: a termbase term, the stored word pairs of the link, or nothing. */
export interface ConcordanceRendering {
  /** The group's key: a termbase term's text, or the paired words as written (lower case for English). */
  label: string;
  source: 'termbase' | 'word-pairs';
  conceptId: string | null;
  termId: string | null;
}

/** One occurrence as a keyword-in-context line, with the aligned sentences of the other language underneath. */
export interface ConcordanceLine {
  documentId: string;
  segmentId: string;
  date: string | null;
  side: TextLanguage;
  origin: TextOrigin;
  left: string;
  keyword: string;
  right: string;
  /** The sentences the keyword is in; empty where the segment has no sentence data. */
  sentenceIds: string[];
  counterpart: {
    sentenceIds: string[];
    text: string;
    origin: TextOrigin;
    /** The rendering, within `text`. */
    highlights: TextRange[];
  } | null;
  rendering: ConcordanceRendering | null;
}

export interface ConcordancePage {
  query: string;
  /** Every occurrence, as many as the search's find bar counts for the same string. */
  total: number;
  lines: ConcordanceLine[];
}

/** Occurrences grouped by rendering ("hierarchical diagnosis and treatment: 6, stratified health care: 1"); `rendering` null is the unrendered group. */
export interface RenderingGroup {
  rendering: ConcordanceRendering | null;
  count: number;
}

/**
 * What the consistency audit reports:
 * - missing-rendering: the Chinese term occurs but no accepted rendering in the aligned sentences;
 * - discouraged-rendering: a superseded or forbidden rendering does;
 * - variant-forms: one rendering written in forms that differ only in case, spelling, hyphenation or number.
 */
export const AUDIT_FINDING_KINDS = ['missing-rendering', 'discouraged-rendering', 'variant-forms'] as const;
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

export const VARIANT_KINDS = ['case', 'hyphenation', 'spelling', 'number'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/** A place a finding points at: a segment and the sentences of the link concerned, both sides. */
export interface AuditPlace {
  documentId: string;
  segmentId: string;
  sentenceIds: string[];
  origin: TextOrigin;
  /** The English as written there (the form, or the rendering found). */
  text: string;
}

export interface AuditFinding {
  /** Stable across runs and corpus rebuilds that keep the places: a digest of concept, kind and places. */
  id: string;
  conceptId: string;
  kind: AuditFindingKind;
  /** For variant-forms: how the forms differ. */
  variants: VariantKind[];
  /** For discouraged-rendering: the term found. */
  termId: string | null;
  places: AuditPlace[];
  mark: FindingMark | null;
}

/** "Accepted as is", with the reviewer's note: kept by finding id. */
export interface FindingMark {
  findingId: string;
  note: string;
  markedBy: string;
  markedAt: string;
}

/* ---- Termbase files (TBX, CSV) ---- */

/**
 * Why a file was refused. The UI translates `code` with `params`; `message`
 * is English, for logs and developers only.
 */
export const TERMBASE_FILE_ERROR_CODES = [
  'too-large',
  'empty',
  /** Not UTF-8 (nor UTF-16 with a byte-order mark): binary junk, or UTF-16 without a BOM. */
  'not-text',
  /** XML that is not well-formed: `line`, `column`. */
  'not-well-formed',
  /** A DOCTYPE with entity declarations, or an undeclared entity: refused, never expanded. */
  'forbidden-markup',
  'unsupported-encoding',
  /** Well-formed, but not TBX (`root`), or a TBX dialect or style that is not read (`dialect`). */
  'not-tbx',
  /** An element where TBX does not allow it, or a required one missing: `line`, `element`. */
  'invalid-structure',
  /** A language that is neither Chinese nor English: `language`. */
  'unsupported-language',
  'empty-term',
  'term-too-long',
  'note-too-long',
  /** A status or term type that is not one of the model's: `value`. */
  'unknown-status',
  'unknown-term-type',
  /** A date that is not ISO 8601: `value`. */
  'invalid-date',
  /** A source, matching or domain record of Duizhao's own notation that cannot be read: `value`. */
  'invalid-field',
  /** Two concepts or terms with the same id: `id`. */
  'duplicate-id',
  'concept-without-terms',
  /** CSV: the header row lacks a column the file needs: `header`. */
  'missing-column',
  /** CSV: a row disagrees with an earlier row of the same concept, or domain, on `header`. */
  'inconsistent-concept',
  /** CSV: an unterminated quoted cell, or a row with the wrong number of cells. */
  'malformed-csv',
] as const;
export type TermbaseFileErrorCode = (typeof TERMBASE_FILE_ERROR_CODES)[number];

/** Where in the file: `line` (and `column`) of a TBX file, `row` of a spreadsheet (the header is row 1). */
export interface TermbaseFileErrorParams {
  line?: number;
  column?: number;
  row?: number;
  /** CSV: the column named in the header row. */
  header?: string;
  value?: string;
  language?: string;
  element?: string;
  id?: string;
  root?: string;
  dialect?: string;
  limit?: number;
}

export interface TermbaseFileError {
  code: TermbaseFileErrorCode;
  params: TermbaseFileErrorParams;
  message: string;
}


/** A Chinese unit and an English one that the aligned sentences render by each other, with what shows it. */
export interface TermCandidate {
  zh: string;
  en: string;
  /** 14 + log2(2·f(zh,en) / (f(zh) + f(en))): 14 when the two always occur together, one less for each halving. */
  logDice: number;
  /** Sentence links holding both, holding the Chinese, holding the English. */
  together: number;
  zhLinks: number;
  enLinks: number;
  /** The first `evidenceLimit` links holding both, in corpus order, and their sentences. */
  evidence: { linkIds: number[]; zhSentenceIds: string[]; enSentenceIds: string[] };
}


/** The termbase as the workbench shows it: every live concept (starter ones as the user left them) and the subject fields. */
export interface Termbase {
  concepts: Concept[];
  domains: TermDomain[];
}

/**
 * A termbase far larger than any real one (the starter's TBX is about 0.5 MB; IATE's whole English–Chinese extract
 * is under 40 MB). The renderer refuses a larger file before reading it; the domain refuses it too.
 */
export const TERMBASE_FILE_MAX_BYTES = 50 * 1024 * 1024;

export const TERMBASE_FILE_FORMATS = ['tbx', 'csv'] as const;
export type TermbaseFileFormat = (typeof TERMBASE_FILE_FORMATS)[number];

/**
 * What importing a termbase file does, concept by concept, against the termbase as it is: a concept whose id is new
 * is added; one whose id is known is replaced when the file's entry differs from it, and otherwise left unchanged.
 */
export interface TermbaseImportReport {
  format: TermbaseFileFormat;
  fileName: string;
  concepts: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** The ids of the concepts that would be, or were, replaced: the user sees which entries an import overwrites. */
  replacedIds: string[];
  /** Data categories of the file the model has no place for, with how often they occur. */
  ignored: Record<string, number>;
  /** False for a preview: nothing was written. */
  applied: boolean;
}

/** A refused file (nothing imported, with the reason in words the UI translates), or what the import does or did. */
export type TermbaseImportResult = { refused: TermbaseFileError } | { report: TermbaseImportReport };

/** Where a termbase term occurs in one side of a paragraph of the reader. */
export interface TermMark {
  start: number;
  end: number;
  conceptId: string;
  termId: string;
  status: TermStatus;
}

/** The termbase's terms in a document, by segment id and side: what the reader marks when term marking is on. */
export interface DocumentTermMarks {
  documentId: string;
  segments: Record<string, { zh: TermMark[]; en: TermMark[] }>;
}

/** One CC-CEDICT entry. */
export interface DictionaryEntry {
  simplified: string;
  traditional: string;
  /** Numbered pinyin as CC-CEDICT writes it ("zhen3 liao2"). */
  pinyin: string;
  english: string[];
}

/**
 * What the offline dictionary says of a Chinese selection: the entries of the whole selection (when it is a
 * dictionary word), and of each dictionary word within it, longest first at each place.
 */
export interface DictionaryLookup {
  text: string;
  entries: DictionaryEntry[];
  words: { text: string; entries: DictionaryEntry[] }[];
}
