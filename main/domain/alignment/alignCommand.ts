import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { TextLanguage } from '../../../contract/languages';
import type { Lexicon } from './lexicon';
import { alignTexts, type TextAlignment } from './textAligner';

/**
 * `npm run align -- --zh A.txt --en B.txt [--out result.json]`: aligns two
 * plain UTF-8 texts, one paragraph per line, and writes the sentences and
 * their links as JSON. Every failure is a sentence for a person, never a
 * stack trace; the exit code says which kind.
 */
export const USAGE = `Usage: npm run align -- --zh <chinese.txt> --en <english.txt> [--out <result.json>]

Aligns two plain UTF-8 texts (one paragraph per line; the files need not have
the same number of lines) sentence by sentence, and writes JSON:
  {"zh": [{"text", "line", "start", "end"}], "en": [...], "links": [{"zh": [i], "en": [j], "confidence"}]}
line is the 0-based input line, start/end the UTF-16 offsets of the sentence in
that line (a byte-order mark is not part of the line); every sentence is in
exactly one link. Without --out the JSON goes to standard output (run
npm run -s align to keep npm's banner out of it).`;

/** Larger inputs are refused before they are read: a policy document is far smaller. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class InputError extends Error {}

const EXIT_USAGE = 2;
const EXIT_INPUT = 1;

export function runAlignCommand(argv: readonly string[], loadLexicon: () => Lexicon): CommandResult {
  let values: { zh?: string; en?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { zh: { type: 'string' }, en: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { exitCode: EXIT_USAGE, stdout: '', stderr: `align: ${(error as Error).message}\n\n${USAGE}\n` };
  }
  if (values.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (!values.zh || !values.en) {
    return { exitCode: EXIT_USAGE, stdout: '', stderr: `align: both --zh and --en are needed.\n\n${USAGE}\n` };
  }
  try {
    const zhLines = readTextLines(values.zh, 'zh');
    const enLines = readTextLines(values.en, 'en');
    const json = `${JSON.stringify(toJson(alignTexts(zhLines, enLines, loadLexicon(), { paragraphs: 'lines' })))}\n`;
    if (values.out) {
      writeAtomically(values.out, json);
      return { exitCode: 0, stdout: '', stderr: '' };
    }
    return { exitCode: 0, stdout: json, stderr: '' };
  } catch (error) {
    if (error instanceof InputError) return { exitCode: EXIT_INPUT, stdout: '', stderr: `align: ${error.message}\n` };
    throw error;
  }
}

const LANGUAGE_NAME: Record<TextLanguage, string> = { zh: 'Chinese', en: 'English' };

/** Reads a UTF-8 text file as lines, refusing what is not one with a reason a person can act on. */
export function readTextLines(file: string, language: TextLanguage): string[] {
  const what = `the ${LANGUAGE_NAME[language]} file ${JSON.stringify(file)}`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${what} does not exist.` : code === 'EACCES' ? `${what} cannot be read (permission denied).` : `${what} cannot be read (${code}).`);
  }
  if (stat.isDirectory()) throw new InputError(`${what} is a folder, not a text file.`);
  if (stat.size > MAX_INPUT_BYTES) {
    throw new InputError(`${what} is ${megabytes(stat.size)}; the limit is ${megabytes(MAX_INPUT_BYTES)}. Split the document, or check that it is the right file.`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new InputError(`${what} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const text = decodeUtf8(bytes, what);
  if (text.trim() === '') throw new InputError(`${what} is empty: there is nothing to align.`);
  return text.split(/\r\n|\n|\r/);
}

function decodeUtf8(bytes: Buffer, what: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`${what} is UTF-16 text; save it as UTF-8 and try again.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${what} is not UTF-8 text (it may be GB18030, GBK or Big5, or not text at all); save it as UTF-8 and try again.`);
  }
  // eslint-disable-next-line no-control-regex -- control characters other than tab and line breaks mark a binary file
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls > text.length / 1000)) {
    throw new InputError(`${what} holds binary data, not plain text.`);
  }
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function toJson(result: TextAlignment) {
  const sentence = ({ text, line, start, end }: TextAlignment['zh'][number]) => ({ text, line, start, end });
  return {
    zh: result.zh.map(sentence),
    en: result.en.map(sentence),
    links: result.links.map((l) => ({ zh: l.zh, en: l.en, confidence: Math.round(l.confidence * 1000) / 1000 })),
  };
}

/** Written beside the target and renamed into place: a reader never sees half a result. */
function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new InputError(`the result cannot be written to ${JSON.stringify(file)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
