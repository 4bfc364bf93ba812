import type { ImportFileInput, ImportFormat, ParsedFile, ParseOptions } from '../importModel';
import { parsedHtml, parsedText } from './blocksToParsed';
import { parseDocx } from './docx';
import { IMPORT_FILE_MAX_MB } from '../../../../contract/imports';
import { readHtml } from './htmlText';
import { markdownBlocks } from './markdown';
import { parsePdf } from './pdf';
import { textBlocks } from './plainText';
import { refusal } from './refusal';
import { sniff } from './signatures';
import { decodeText, encodingCandidates } from './textDecoding';
import { parseTmx } from './tmx';

/**
 * Largest file each format is read from, in MB. A text, page or Word file of
 * 50 MB is already a few thousand pages; PDFs carry fonts and pictures beside
 * their text; the TMX reader holds the file and its tree in memory together.
 */
/** A PDF may be as large as an import job takes (a long report with its figures); text formats far less. */
export const IMPORT_SIZE_LIMITS_MB: Readonly<Record<ImportFormat, number>> = { txt: 50, md: 50, html: 50, docx: 50, pdf: IMPORT_FILE_MAX_MB, tmx: 25 };

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  tmx: 'tmx',
};

/**
 * The format a file is read as: by its extension, checked against what its
 * first bytes say. A text format holding a zip, a PDF or a known binary is
 * refused as binary; a file with no known extension is taken for what its
 * bytes say it is, when they say it.
 */
export function importFormat(input: ImportFileInput): ImportFormat {
  const extension = /\.([^./\\]+)$/.exec(input.name)?.[1]?.toLowerCase() ?? '';
  const named: ImportFormat | undefined = EXTENSIONS[extension];
  const kind = sniff(input.bytes);
  if (named === 'docx' || named === 'pdf') return named;
  if (named !== undefined) {
    if (kind !== 'unknown') throw refusal('file-binary', `${input.name} is named as text but holds a ${kind === 'binary' ? 'binary' : kind} file`);
    return named;
  }
  if (kind === 'pdf') return 'pdf';
  if (kind === 'zip') return 'docx';
  const head = new TextDecoder('utf-8').decode(input.bytes.subarray(0, 1024)).toLowerCase();
  if (/^\s*(<\?xml[^>]*>\s*)?<tmx[\s>]/.test(head)) return 'tmx';
  if (/^\s*(<!doctype html|<html[\s>])/.test(head)) return 'html';
  throw refusal('file-format-unsupported', `${input.name} is none of the formats read: ${Object.keys(EXTENSIONS).join(', ')}`);
}

/**
 * Reads a user's file (issue "Bring your own documents") into a ParsedFile,
 * treating it as hostile: its format is checked against its bytes, its size
 * against its format's limit, and whatever it holds comes out as plain text.
 * A file that cannot be read is refused with a DomainError
 * `document-file-refused` whose reason the user reads in their language.
 * Pure Node with no shared state, so it runs in a worker thread; it honours
 * `options.signal` (an AbortError) and reports progress.
 */
export async function parseImportFile(input: ImportFileInput, options: ParseOptions = {}): Promise<ParsedFile> {
  options.signal?.throwIfAborted();
  if (input.bytes.length === 0) throw refusal('file-empty', `${input.name} is empty`);
  const format = importFormat(input);
  const limitMb = IMPORT_SIZE_LIMITS_MB[format];
  if (input.bytes.length > limitMb * 1024 * 1024) throw refusal('file-too-large', `${input.name} is over ${limitMb} MB`, { limitMb });
  const parsed = await parseAs(format, input, options);
  options.signal?.throwIfAborted();
  return parsed;
}

async function parseAs(format: ImportFormat, input: ImportFileInput, options: ParseOptions): Promise<ParsedFile> {
  switch (format) {
    case 'pdf':
      if (sniff(input.bytes) !== 'pdf') throw refusal('pdf-corrupt', `${input.name} does not start as a PDF does`);
      return parsePdf(input.bytes, options);
    case 'docx':
      if (sniff(input.bytes) !== 'zip') throw refusal('docx-corrupt', `${input.name} is not a zip, as every Word document is`);
      return parseDocx(input.bytes, options);
    case 'tmx':
      return parseTmx(input.bytes);
    default:
      return parseText(format, input);
  }
}

/** Plain text, Markdown and HTML: decoded as a text file is, then read by their format. */
function parseText(format: 'txt' | 'md' | 'html', input: ImportFileInput): ParsedFile {
  const { text, encoding } = decodeText(input.bytes, input.encoding);
  const clean = withoutControlCharacters(text);
  if (clean.trim() === '') throw refusal('file-empty', `${input.name} holds only white space`);
  if (format === 'html') {
    const parsed = parsedHtml('html', readHtml(clean));
    if (!parsed) throw refusal('html-no-text', `${input.name} shows no text`);
    return parsed;
  }
  const blocks = format === 'md' ? markdownBlocks(clean) : textBlocks(clean);
  if (blocks.length === 0) throw refusal('file-empty', `${input.name} holds no text`);
  // Candidates narrow a detected encoding's alternatives to those that read; after the user's own choice, every one stays open.
  return parsedText(format, blocks, null, { encoding, ...(input.encoding === undefined ? { encodingCandidates: encodingCandidates(input.bytes, encoding) } : {}) });
}

// eslint-disable-next-line no-control-regex -- the control characters no text shows are what it looks for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** A text's control characters: a few are dropped (stray bytes of an editor), many mean it is not text. */
function withoutControlCharacters(text: string): string {
  const count = text.match(CONTROL)?.length ?? 0;
  if (count > Math.max(8, text.length * 0.01)) throw refusal('file-binary', `The text holds ${count} control characters: it is not text`);
  return count === 0 ? text : text.replace(CONTROL, '');
}
