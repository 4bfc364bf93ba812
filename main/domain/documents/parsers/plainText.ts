import type { ImportBlock } from '../importModel';
import { isCjk, joinLines } from './language';

/** Lines of a text as a reader sees them: NFC, any line ending, form feeds as blank lines, no trailing spaces. */
export function textLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .split('\n')
    // trimEnd, not a regular expression: /\s+$/ is quadratic on a line holding a long run of spaces.
    .map((line) => line.trimEnd());
}

/** Columns a line takes in a fixed-width editor: Chinese characters take two. */
export function lineWidth(line: string): number {
  let width = 0;
  for (const char of line) width += isCjk(char) ? 2 : 1;
  return width;
}

const WIDEST_WRAP = 120;
/** A line this share of the wrap column or longer was cut by the wrap, not by the writer. */
const WRAPPED_LINE = 0.6;

/**
 * The column a hard-wrapped text was wrapped at, or null when lines are
 * paragraphs. A text is hard-wrapped when no line is wider than 120 columns,
 * at least half its lines come within a quarter of the widest, and fewer than
 * half end a sentence: Chinese texts, one paragraph per line, have lines of
 * any length, often far wider, each ending with 。.
 */
export function wrapColumn(lines: readonly string[]): number | null {
  const widths = lines.filter((line) => line.trim() !== '').map(lineWidth);
  if (widths.length < 3) return null;
  const widest = Math.max(...widths);
  if (widest > WIDEST_WRAP) return null;
  const near = widths.filter((width) => width >= widest * 0.75).length;
  // Wrapped prose ends few lines at a sentence's end; a text of one sentence or paragraph a line ends most of them there.
  const sentenceEnds = lines.filter((line) => SENTENCE_END.test(line)).length;
  return near >= widths.length / 2 && sentenceEnds < widths.length / 2 ? widest : null;
}

const SENTENCE_END = /[.!?:;。！？：；][”"’')）」』]*$/u;

const STARTS_ITEM = /^(\s{2,}|\u3000|[-*•·]\s|\d+[.)、]\s?|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/u;

/**
 * Paragraphs of a plain text: blank lines always end one. Where the text is
 * hard-wrapped, a line as long as the wrap goes on into the next unless that
 * one is indented or starts an item; elsewhere each line is a paragraph.
 */
export function paragraphsOfLines(lines: readonly string[]): string[] {
  const wrap = wrapColumn(lines);
  const paragraphs: string[] = [];
  let current: string[] = [];
  const end = (): void => {
    const text = joinLines(current);
    if (text !== '') paragraphs.push(text);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      end();
      continue;
    }
    const previous = current.at(-1);
    const continues = wrap !== null && previous !== undefined && lineWidth(previous) >= wrap * WRAPPED_LINE && !STARTS_ITEM.test(line);
    if (!continues) end();
    current.push(line);
  }
  end();
  return paragraphs;
}

export function textBlocks(text: string): ImportBlock[] {
  return paragraphsOfLines(textLines(text)).map((paragraph) => ({ kind: 'paragraph', level: null, text: paragraph }));
}
