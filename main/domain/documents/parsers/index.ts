import { writtenLanguage } from '../../alignment/textAligner';
import { DomainError } from '../../errors';
import type { ImportBlock, ImportFileInput, ParsedFile, ParseOptions } from '../importModel';

/**
 * STAND-IN, to be replaced whole by the import-parsers branch on merge: it
 * reads UTF-8 .txt and .md only (one paragraph per non-empty line), so the
 * import pipeline can run end to end before the real parsers land. The real
 * `parseImportFile` has the same signature and refuses files the same way.
 */
export function parseImportFile(input: ImportFileInput, options: ParseOptions = {}): Promise<ParsedFile> {
  options.signal?.throwIfAborted();
  const extension = /\.([^.]+)$/.exec(input.name)?.[1]?.toLowerCase();
  if (extension !== 'txt' && extension !== 'md') {
    return Promise.reject(refused('file-format-unsupported', `${input.name}: only UTF-8 .txt and .md files are read here`));
  }
  if (input.bytes.length === 0) return Promise.reject(refused('file-empty', `${input.name} is empty`));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input.bytes);
  } catch {
    return Promise.reject(refused('file-encoding-unknown', `${input.name} is not UTF-8`));
  }
  const blocks: ImportBlock[] = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: 'paragraph', level: null, text: line }));
  if (blocks.length === 0) return Promise.reject(refused('file-empty', `${input.name} holds no text`));
  options.onProgress?.(1, 1);
  const whole = blocks.map((b) => b.text).join('\n');
  return Promise.resolve({
    shape: 'text',
    format: extension,
    language: writtenLanguage(whole, 'en'),
    encoding: 'utf-8',
    title: null,
    blocks,
    pages: null,
  });
}

const refused = (reason: 'file-format-unsupported' | 'file-empty' | 'file-encoding-unknown', message: string) =>
  new DomainError('document-file-refused', message, { reason });
