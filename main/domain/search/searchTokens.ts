import { stemmer } from 'stemmer';
import { foldCodePoints, foldText } from './textNormalizer';

/**
 * How texts become FTS5 tokens.
 * - zh_chars: the Chinese side, one token per folded character, so a query
 *   of n characters is the phrase of its n characters: consecutive
 *   positions, hence exactly that substring, whatever the word segmentation.
 *   (Word segmentation only ranks: see wordAligned in searchService.ts.)
 * - zh_trigrams: the same characters' overlapping trigrams, for strings of
 *   three characters or more (see trigramTokensOf), and the text's last two
 *   characters closed by PAIR_END, so that every two adjacent characters
 *   start a token: a string of two is a prefix query there (see pairPrefix).
 * - en_stems: the English side as Porter stems (plan, plans, planning → plan).
 * A folded character outside ASCII is its own token (FTS5's ascii tokenizer
 * keeps every byte above 127 inside a token); an ASCII one becomes six hex
 * digits, so punctuation and FTS5 query syntax cannot leak in. Either way a
 * token, and a trigram of three run together, reads back one way only: hex
 * digits are never a character above ASCII. Short tokens keep the index small
 * and the build fast.
 */
const asciiTokens: string[] = Array.from({ length: 0x80 }, (_, code) => code.toString(16).padStart(6, '0'));

export function charToken(char: string): string {
  const code = char.charCodeAt(0);
  if (char.length > 1) return char;
  if (code < 0x80) return asciiTokens[code];
  // A lone surrogate would reach SQLite as U+FFFD, the same as a real one: hex keeps it apart.
  return code >= 0xd800 && code <= 0xdfff ? code.toString(16).padStart(6, '0') : char;
}

const WORD = /[\p{L}\p{N}]+/gu;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * ASCII and General Punctuation (curly quotes, dashes, ellipses: most English texts' only other characters), whose
 * folding makes no letter or digit: its words are the ASCII ones, found without Unicode property lookups.
 */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
const ASCII_ONLY = /^[\u0000-\u007f\u2000-\u206f]*$/;
/** WORD on ASCII text once lowercased: the same matches, without Unicode property lookups. */
const ASCII_WORD = /[a-z0-9]+/g;

export interface EnglishWord {
  word: string;
  start: number;
  end: number;
}

/** The last text's words: ranking and then highlighting ask for the same candidate's words in turn. */
let lastWords: { text: string; words: readonly EnglishWord[] } | null = null;

/** Folded English words with their offsets in the original text (UTF-16 units), for highlighting. */
export function englishWords(text: string): readonly EnglishWord[] {
  if (lastWords?.text !== text) lastWords = { text, words: findEnglishWords(text) };
  return lastWords.words;
}

function findEnglishWords(text: string): EnglishWord[] {
  if (ASCII_ONLY.test(text)) {
    const lower = text.toLowerCase();
    const words: EnglishWord[] = [];
    for (const m of lower.matchAll(ASCII_WORD)) words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    return words;
  }
  // Without surrogate pairs, folding keeps every offset where it was.
  if (!SURROGATE.test(text)) {
    return [...foldText(text).matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  }
  const original = [...text];
  const folded = foldCodePoints(text);
  let foldedText = '';
  const toOriginal: number[] = [];
  let offset = 0;
  original.forEach((char, i) => {
    for (let k = 0; k < folded[i].length; k++) toOriginal.push(offset);
    foldedText += folded[i];
    offset += char.length;
  });
  toOriginal.push(offset);
  return [...foldedText.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: toOriginal[m.index],
    end: toOriginal[m.index + m[0].length],
  }));
}

/** Folded English words, without offsets: the fast path for indexing. */
export function englishWordList(text: string): string[] {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return foldText(text).match(WORD) ?? [];
}

const stemCache = new Map<string, string>();

export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /^\p{L}+$/u.test(word) ? stemmer(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

export interface IndexedColumns {
  en_stems: string;
  zh_chars: string;
  zh_trigrams: string;
  /** The Chinese side's character tokens, for counting its pairs (see PairCounts). */
  hanTokens: readonly string[];
  /** The English words, for the vocabulary used by prefix and typo-tolerant lookups. */
  words: string[];
}

/**
 * Each character of a text straight to the token of its folded form: an
 * array lookup per character for the Basic Multilingual Plane (nearly every
 * character indexed), a map lookup for the rest.
 */
const bmpTokens: (string | undefined)[] = new Array(0x10000);
const astralTokens = new Map<string, string>();

const tokenOfChar = (char: string) => charToken(foldCodePoints(char)[0]);

function charTokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character, as `for…of` would yield it; a lone surrogate is one too.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const char = text.slice(i, i + 2);
      i++;
      const token = astralTokens.get(char) ?? tokenOfChar(char);
      if (astralTokens.size < 100_000) astralTokens.set(char, token);
      tokens.push(token);
    } else {
      tokens.push((bmpTokens[code] ??= tokenOfChar(text[i])));
    }
  }
  return tokens;
}

/**
 * The overlapping trigrams of a text's character tokens, each the three
 * tokens run together: the phrase of a string's trigrams (consecutive
 * positions) is exactly that string, read from n − 2 short position lists
 * instead of n long ones of single characters.
 */
export function trigramTokensOf(chars: readonly string[]): string[] {
  const trigrams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) trigrams.push(chars[i] + chars[i + 1] + chars[i + 2]);
  return trigrams;
}

/**
 * Closes the token of a text's last two characters in the trigram column. A trigram's last part is a character
 * above ASCII or six hex digits, never 'z': the pair's token is never a trigram's, and it still starts with the pair.
 */
const PAIR_END = 'z';

/** A text's tokens in the trigram column: its trigrams, then its last pair closed by PAIR_END (none under two characters). */
export function trigramColumnOf(chars: readonly string[]): string[] {
  const tokens = trigramTokensOf(chars);
  if (chars.length >= 2) tokens.push(chars[chars.length - 2] + chars[chars.length - 1] + PAIR_END);
  return tokens;
}

/**
 * Two adjacent characters' tokens as the FTS5 prefix of every token of the trigram column that starts with them: each of
 * their occurrences starts one (a trigram, or the text's last pair). The tokens decode one way only (see charToken),
 * so a token starting with the pair's two tokens starts with those two characters.
 */
export function pairPrefix(first: string, second: string): string {
  return `"${first}${second}" *`;
}

/** The FTS5 column values of one aligned segment. */
export function indexColumns(zh: string | null, en: string | null): IndexedColumns {
  const words = en ? englishWordList(en) : [];
  const chars = zh ? charTokensOf(zh) : [];
  return { en_stems: words.map(stemOf).join(' '), zh_chars: chars.join(' '), zh_trigrams: trigramColumnOf(chars).join(' '), hanTokens: chars, words };
}
