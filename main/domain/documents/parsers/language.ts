import type { TextLanguage } from '../../../../contract/languages';

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

/**
 * The language a text is mostly written in: Chinese when Han characters are
 * at least a fifth of its letters. A Chinese character carries about as much
 * as a whole English word (4 letters or so), so a Chinese text quoting English
 * names and acronyms stays well above a fifth, and an English one quoting a few
 * Chinese names well below.
 */
export function textLanguage(text: string): TextLanguage {
  let han = 0;
  let letters = 0;
  for (const char of text) {
    if (HAN.test(char)) han += 1;
    else if (!LETTER.test(char)) continue;
    letters += 1;
  }
  return letters > 0 && han / letters >= 0.2 ? 'zh' : 'en';
}

/** A character that is written without spaces around it (Han, kana, full-width punctuation). */
export const isCjk = (char: string | undefined): boolean =>
  char !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u.test(char);

/**
 * Joins the lines of one paragraph: Chinese lines meet without a space, other
 * lines with one; an English word hyphenated at a line's end is put back
 * together when `dehyphenate` is set (PDF text, where the break was the layout's).
 */
export function joinLines(lines: readonly string[], dehyphenate = false): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') text = line;
    else if (dehyphenate && /[a-z]-$/.test(text) && /^[a-z]/.test(line)) text = text.slice(0, -1) + line;
    else if (isCjk(text.at(-1)) || isCjk(line[0])) text += line;
    else text += ` ${line}`;
  }
  return text;
}
