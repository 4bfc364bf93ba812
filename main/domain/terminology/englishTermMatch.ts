import type { TermMatching } from '../../../contract/terminology';
import { isOwnSingular, singular, singularOfLower } from './renderingVariants';

/** [start, end) in UTF-16 units. */
type Range = [number, number];

/** What a look that finds nothing returns: one shared array, not a new one per look (the audit makes a million). */
export const NO_RANGES: readonly Range[] = Object.freeze([]);

/** What stands between two words: white space only, one hyphen, or anything else (punctuation). */
type Joint = 'space' | 'hyphen' | 'other';
/** A joint as stored for each word of a text: one byte, not a string per word. */
export const JOINT_CODE: Record<Joint, number> = { other: 0, space: 1, hyphen: 2 };
const OTHER = JOINT_CODE.other;
const SPACE = JOINT_CODE.space;
const HYPHEN = JOINT_CODE.hyphen;

/** Words starting with an ASCII unit have a chain each; the others share chain 0 (no word starts with U+0000). */
const CHAINED = 128;
const chainOf = (code: number) => (code < CHAINED ? code : 0);
/** Where each chain starts in a word order being built: kept from text to text. */
const chainStarts = new Int32Array(CHAINED + 1);

/**
 * A text's words, and where each word stands, so a term looks only there.
 * Held as columns (one array per field), not an object per word: the audit
 * reads every English sentence of the corpus, and a million small objects
 * cost more to collect than to make. On ASCII text no string is made per
 * word either: a word is compared in place in the text's lower case.
 */
export class EnglishWords {
  private lowerWords: string[] | null;
  private byFirst: number[] | null = null;

  constructor(
    private readonly text: string,
    /** The text in lower case, when that keeps every offset (ASCII); else null and `lowerWords` given. */
    private readonly lowerText: string | null,
    lowerWords: string[] | null,
    readonly start: readonly number[],
    readonly end: readonly number[],
    /** Each word's joint to the next (JOINT_CODE); 'other' for the last. */
    readonly next: readonly number[],
  ) {
    this.lowerWords = lowerWords;
  }

  get count(): number {
    return this.start.length;
  }

  /** Each word in lower case. */
  get lower(): readonly string[] {
    return (this.lowerWords ??= this.start.map((_, i) => this.lowerAt(i)));
  }

  lowerAt(i: number): string {
    return this.lowerWords ? this.lowerWords[i] : this.lowerText!.slice(this.start[i], this.end[i]);
  }

  /** Whether word i in lower case is `word`. */
  is(i: number, word: string): boolean {
    if (this.lowerWords) return this.lowerWords[i] === word;
    return this.end[i] - this.start[i] === word.length && this.lowerText!.startsWith(word, this.start[i]);
  }

  /** The first UTF-16 unit of word i in lower case: a word's singular starts with it too. */
  firstCodeAt(i: number): number {
    return this.lowerWords ? this.lowerWords[i].charCodeAt(0) : this.lowerText!.charCodeAt(this.start[i]);
  }

  /**
   * Where a term looks: the words whose lower case may start with `code` (every word that does is among them) are
   * a run of a list of the words ordered by first letter. The run's first place in that list, or -1; then
   * `nextOnChain`, and `wordOnChain` for the word at a place (in reading order within the run).
   */
  firstOnChain(code: number): number {
    const order = (this.byFirst ??= this.orderByFirst());
    const chain = chainOf(code);
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (chainOf(this.firstCodeAt(order[mid])) < chain) low = mid + 1;
      else high = mid;
    }
    return low < order.length && chainOf(this.firstCodeAt(order[low])) === chain ? low : -1;
  }

  /** The next place of the run, or -1. */
  nextOnChain(place: number): number {
    const order = this.byFirst!;
    const next = place + 1;
    return next < order.length && chainOf(this.firstCodeAt(order[next])) === chainOf(this.firstCodeAt(order[place])) ? next : -1;
  }

  wordOnChain(place: number): number {
    return this.byFirst![place];
  }

  /** The words' indices ordered by chain, in reading order within one: a counting sort, one plain array of the words' length. */
  private orderByFirst(): number[] {
    const starts = chainStarts.fill(0);
    for (let i = 0; i < this.count; i++) starts[chainOf(this.firstCodeAt(i)) + 1]++;
    for (let c = 1; c <= CHAINED; c++) starts[c] += starts[c - 1];
    const order = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) order[starts[chainOf(this.firstCodeAt(i))]++] = i;
    return order;
  }

  /** The length of word i's singular if `text` holds it at `at`, else -1; compared in place where the word is its own singular. */
  singularSpelledAt(i: number, text: string, at: number): number {
    if (this.lowerText !== null) {
      const start = this.start[i];
      const length = this.end[i] - start;
      if (isOwnSingular(length, this.lowerText.charCodeAt(start + length - 1))) {
        if (at + length > text.length) return -1;
        for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== this.lowerText.charCodeAt(start + k)) return -1;
        return length;
      }
    }
    const singular = singularOfLower(this.lowerAt(i));
    return text.startsWith(singular, at) ? singular.length : -1;
  }

  written(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** [A-Za-z0-9]: WORD's letters and digits on ASCII text. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** WORD's matches on ASCII text, scanned by character code into `starts` and `ends` from index 0: the same words, without a match object each. Returns their count. */
function asciiWordRanges(text: string, starts: number[], ends: number[]): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < n && isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      // An apostrophe between letters belongs to the word (don't, Xi's).
      if (i + 1 < n && text.charCodeAt(i) === 39 && isAsciiWordChar(text.charCodeAt(i + 1))) i++;
    }
    starts[count] = from;
    ends[count] = i;
    count++;
  }
  return count;
}

/** Tab, line feed, vertical tab, form feed, carriage return, space: \s on ASCII. */
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/** The joint between two words from the text between them. */
function jointBetween(text: string, from: number, to: number): number {
  const code = text.charCodeAt(from);
  if (to - from === 1) return code === 45 ? HYPHEN : code === 32 ? SPACE : OTHER;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /^\s+$/.test(text.slice(from, to)) ? SPACE : OTHER;
    if (!isAsciiSpace(c)) return OTHER;
  }
  return SPACE;
}

/**
 * The words of a text (full-width letters and curly apostrophes already made
 * plain), each with its joint to the next. `lowerText`: the text in lower
 * case, when the caller has it already.
 */
export function englishWords(text: string, lowerText?: string): EnglishWords {
  if (!ASCII_ONLY.test(text)) return unicodeWords(text);
  // Scanned into arrays kept from text to text, then copied at their exact length: arrays grown word by word
  // were most of what the audit allocated.
  const count = asciiWordRanges(text, scratch.starts, scratch.ends);
  const starts = scratch.starts.slice(0, count);
  const ends = scratch.ends.slice(0, count);
  // On ASCII, lower case keeps every offset: each word is a span of the text's lower case.
  return new EnglishWords(text, lowerText ?? text.toLowerCase(), null, starts, ends, jointsOf(text, starts, ends));
}

const scratch = { starts: [] as number[], ends: [] as number[] };

function unicodeWords(text: string): EnglishWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    lower.push(m[0].toLowerCase());
  }
  return new EnglishWords(text, null, lower, starts, ends, jointsOf(text, starts, ends));
}

/** Each word's joint to the next; 'other' for the last. */
function jointsOf(text: string, starts: readonly number[], ends: readonly number[]): number[] {
  const next = new Array<number>(starts.length);
  for (let k = 0; k < starts.length; k++) next[k] = k + 1 < starts.length ? jointBetween(text, ends[k], starts[k + 1]) : OTHER;
  return next;
}

/** A word's forms for number: -s, -es, y → -ies, -um → -a (consortium → consortia), -man → -men. */
function inflections(word: string): string[] {
  if (!/\p{L}$/u.test(word)) return [word];
  const forms = [word, `${word}s`, `${word}es`];
  if (/um$/i.test(word)) forms.push(`${word.slice(0, -2)}${word.endsWith('M') ? 'A' : 'a'}`);
  if (/man$/i.test(word)) forms.push(`${word.slice(0, -2)}${word.at(-2) === 'A' ? 'E' : 'e'}${word.at(-1)}`);
  if (/[^aeiou]y$/i.test(word)) forms.push(`${word.slice(0, -1)}${word.endsWith('Y') ? 'IES' : 'ies'}`);
  return forms;
}

/** A term's words as running text would hold them (edge punctuation dropped, as "(TCM)" is the word TCM), and the joints between them. */
function termWords(text: string): { words: string[]; joints: Joint[] } {
  const words: string[] = [];
  const joints: Joint[] = [];
  let joint: Joint = 'space';
  for (const m of text.matchAll(/([^\s-]+)([\s-]*)/g)) {
    const word = m[1].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') continue;
    if (words.length > 0) joints.push(joint);
    words.push(word);
    joint = m[2].includes('-') ? 'hyphen' : 'space';
  }
  return { words, joints };
}

/** One way the term's words may stand in a text: the words (some run together) and the joints between them. */
interface Shape {
  /** Allowed written forms of each word, lower case unless the entry is case-sensitive. */
  words: Set<string>[];
  /** The first word's forms in lower case: where to look. */
  firstLower: string[];
  /** Allowed joints after each word but the last, as JOINT_CODE. */
  joints: Set<number>[];
}

const SEPARATE: readonly number[] = [SPACE, HYPHEN];

/**
 * An English term matched on words, not by a regular expression: a text's
 * words are read once, and a term looks only where its first word stands.
 * (Many terms, each its own Unicode-aware pattern, cost V8 a compilation
 * each, and the audit holds thousands.) `loose`, the audit's look for
 * variant forms: any case, every word in any number, and words joined by a
 * space, a hyphen or nothing ("health care", "health-care", "healthcare").
 */
export class EnglishTermMatch {
  private readonly shapes: Shape[] = [];
  private readonly caseSensitive: boolean;
  /** For `loose`: the term lower case, every word singular, nothing between words. */
  private readonly skeleton: string | null;

  constructor(text: string, matching: TermMatching, loose = false) {
    this.caseSensitive = matching.caseSensitive && !loose;
    const { words, joints } = termWords(text);
    this.skeleton = loose ? words.map((w) => singular(w.toLowerCase())).join('') : null;
    if (loose || words.length === 0) return;
    const norm = (s: string) => (this.caseSensitive ? s : s.toLowerCase());
    // Each joint kept, or with hyphen variants also run together: "long-term" as "long term" and "longterm".
    const combinations = matching.hyphenVariants ? 1 << joints.length : 1;
    for (let mask = 0; mask < combinations; mask++) {
      const shapeWords: string[] = [words[0]];
      const shapeJoints: Set<number>[] = [];
      joints.forEach((joint, i) => {
        if (mask & (1 << i)) shapeWords[shapeWords.length - 1] += words[i + 1];
        else {
          shapeWords.push(words[i + 1]);
          shapeJoints.push(matching.hyphenVariants ? new Set(SEPARATE) : new Set([JOINT_CODE[joint]]));
        }
      });
      const last = shapeWords.length - 1;
      const forms = shapeWords.map((w, i) => (i === last && matching.inflections ? inflections(w) : [w]));
      this.shapes.push({ words: forms.map((f) => new Set(f.map(norm))), firstLower: [...new Set(forms[0].map((f) => f.toLowerCase()))], joints: shapeJoints });
    }
  }

  /** Where the term stands in these words: whole words, not joined by a hyphen to a word outside, the longest at each place. */
  find(words: EnglishWords): readonly Range[] {
    const { start: wordStart, end: wordEnd, next } = words;
    const found = this.skeleton !== null ? this.looseMatches(words) : this.strictMatches(words);
    if (found === null) return NO_RANGES;
    if (found.length > 1) found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let ranges: Range[] | null = null;
    let after = -1;
    for (const [start, end] of found) {
      if (start <= after || (start > 0 && next[start - 1] === HYPHEN) || next[end] === HYPHEN) continue;
      after = end;
      ranges = withRange(ranges, wordStart[start], wordEnd[end]);
    }
    return ranges ?? NO_RANGES;
  }

  /** [first word, last word] of each place the entry's shapes fit, looked for where their first word stands; null for none. */
  private strictMatches(words: EnglishWords): Range[] | null {
    let found: Range[] | null = null;
    for (const shape of this.shapes) {
      for (const first of shape.firstLower) {
        const last = words.count - shape.words.length;
        for (let place = words.firstOnChain(first.charCodeAt(0)); place >= 0; place = words.nextOnChain(place)) {
          const at = words.wordOnChain(place);
          if (at > last) break;
          if (words.is(at, first) && this.fits(shape, words, at)) found = withRange(found, at, at + shape.words.length - 1);
        }
      }
    }
    return found;
  }

  /** Words whose singulars, run together, spell the skeleton, joined only by spaces or hyphens; null for none. */
  private looseMatches(words: EnglishWords): Range[] | null {
    const skeleton = this.skeleton!;
    let found: Range[] | null = null;
    if (skeleton === '') return found;
    const first = skeleton.charCodeAt(0);
    for (let place = words.firstOnChain(first); place >= 0; place = words.nextOnChain(place)) {
      const at = words.wordOnChain(place);
      if (words.firstCodeAt(at) !== first) continue;
      const last = spelledFrom(words, at, skeleton);
      if (last >= 0) found = withRange(found, at, last);
    }
    return found;
  }

  private fits(shape: Shape, words: EnglishWords, at: number): boolean {
    for (let k = 0; k < shape.words.length; k++) {
      const i = at + k;
      if (!shape.words[k].has(this.caseSensitive ? words.written(i) : words.lowerAt(i))) return false;
      if (k < shape.joints.length && !shape.joints[k].has(words.next[i])) return false;
    }
    return true;
  }
}

/** `ranges` with [start, end] added: most looks find one, and an array made of one is not grown to seventeen places. */
function withRange(ranges: Range[] | null, start: number, end: number): Range[] {
  if (ranges === null) return [[start, end]];
  ranges.push([start, end]);
  return ranges;
}

/**
 * The last of the words from `first` on whose singulars, run together, spell `skeleton`, each joined to the next by
 * a space or a hyphen; -1 if none. A word's singular is never empty, so there is at most one.
 */
function spelledFrom(words: EnglishWords, first: number, skeleton: string): number {
  let spelled = 0;
  for (let k = first; k < words.count; k++) {
    if (k > first && words.next[k - 1] === OTHER) return -1;
    const length = words.singularSpelledAt(k, skeleton, spelled);
    if (length < 0) return -1;
    spelled += length;
    if (spelled === skeleton.length) return k;
  }
  return -1;
}
