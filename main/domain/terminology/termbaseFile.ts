import fs from 'node:fs';
import type { Concept, TermDomain } from '../../../contract/terminology';

/**
 * The one interface every termbase file format is read through (TBX, CSV), so
 * that a hostile-file test drives them all the same way and the workbench
 * imports any of them with one call. A reader is all-or-nothing: it returns
 * every concept of the file, or one error and nothing.
 */
export interface TermbaseFileReader {
  /** What the reader reads, for the file dialog's filter: `tbx`, `csv`. */
  readonly format: string;
  read(bytes: Buffer, fileName: string): TermbaseReadResult;
}

/** Who imports, and when: the changedBy and dates of concepts whose file does not say. */
export interface ImportContext {
  /** ISO 8601. */
  importedAt: string;
  importedBy: string;
}

export interface ParsedTermbase {
  concepts: Concept[];
  domains: TermDomain[];
  /** Data categories of the file the model has no place for, with how often they occur (`descrip/definition`: 3). */
  ignored: Record<string, number>;
}

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

export type TermbaseReadResult = { ok: true; value: ParsedTermbase } | { ok: false; error: TermbaseFileError };

/** Thrown inside a reader and turned into its result at the reader's edge, so deep checks need not thread results. */
export class TermbaseFileFault extends Error {
  constructor(readonly error: TermbaseFileError) {
    super(error.message);
    this.name = 'TermbaseFileFault';
  }
}

export const fault = (code: TermbaseFileErrorCode, params: TermbaseFileErrorParams, message: string) => new TermbaseFileFault({ code, params, message });

/** Runs a reader's body, turning a fault into a refused result; any other exception is a bug and propagates. */
export function readAllOrNothing(body: () => ParsedTermbase): TermbaseReadResult {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (error instanceof TermbaseFileFault) return { ok: false, error: error.error };
    throw error;
  }
}

/**
 * A termbase far larger than any real one (the starter's TBX is about 0.5 MB;
 * IATE's whole English–Chinese extract is under 40 MB). The bytes, the decoded
 * text and the parsed tree are in memory together, so the limit is checked on
 * the byte count before anything is decoded.
 */
export const TERMBASE_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The file's text: UTF-8 (with or without a BOM), or UTF-16 with a BOM (MultiTerm
 * exports UTF-16). Anything else is refused rather than guessed: a NUL byte
 * means binary data or UTF-16 without its BOM.
 */
export function decodeTermbaseBytes(bytes: Buffer): string {
  if (bytes.length > TERMBASE_MAX_BYTES) {
    throw fault('too-large', { limit: TERMBASE_MAX_BYTES }, `The file has ${bytes.length} bytes; the limit is ${TERMBASE_MAX_BYTES}`);
  }
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else {
      if (bytes.includes(0)) throw new TypeError('a NUL byte');
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
  } catch {
    throw fault('not-text', {}, 'The file is not UTF-8 text (nor UTF-16 with a byte-order mark)');
  }
  if (text.trim() === '') throw fault('empty', {}, 'The file is empty');
  return text;
}

/**
 * Reads a file from disk through `reader`, refusing an oversized one from its
 * size alone, before a byte of it is read.
 */
export function readTermbaseFile(filePath: string, reader: TermbaseFileReader): TermbaseReadResult {
  const { size } = fs.statSync(filePath);
  if (size > TERMBASE_MAX_BYTES) {
    return { ok: false, error: { code: 'too-large', params: { limit: TERMBASE_MAX_BYTES }, message: `The file has ${size} bytes; the limit is ${TERMBASE_MAX_BYTES}` } };
  }
  return reader.read(fs.readFileSync(filePath), filePath);
}
