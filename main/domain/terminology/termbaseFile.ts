import fs from 'node:fs';
import { TERMBASE_FILE_MAX_BYTES, type Concept, type TermbaseFileError, type TermbaseFileErrorCode, type TermbaseFileErrorParams, type TermDomain } from '../../../contract/terminology';

export { TERMBASE_FILE_ERROR_CODES, type TermbaseFileError, type TermbaseFileErrorCode, type TermbaseFileErrorParams } from '../../../contract/terminology';

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

/** The bytes, the decoded text and the parsed tree are in memory together, so the limit is checked on the byte count before anything is decoded. */
export const TERMBASE_MAX_BYTES = TERMBASE_FILE_MAX_BYTES;

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
