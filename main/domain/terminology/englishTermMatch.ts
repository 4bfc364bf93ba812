import type { TermMatching } from '../../../contract/terminology';
import { singular, singularOfLower } from './renderingVariants';

/** [start, end) in UTF-16 units. */
type Range = [number, number];

/** What stands between two words: white space only, one hyphen, or anything else (punctuation). */
type Joint = 'space' | 'hyphen' | 'other';
/** A joint as stored for each word of a text: one byte, not a string per word. */
export const JOINT_CODE: Record<Joint, number> = { other: 0, space: 1, hyphen: 2 };
const OTHER = JOINT_CODE.other;
const SPACE = JOINT_CODE.space;
const HYPHEN = JOINT_CODE.hyphen;

/** The loose look's view of a text: its words lower case and singular, run together, and where each word begins in that. */
interface LooseText {
  spelled: string;
  /** Offset in `spelled` of each word's start, then the end of the last: strictly increasing, as no word is empty. */
  offsets: number[];
}

/**
 * A text's words, and where each word stands, so a term looks only there.
 * Held as columns (one array per field), not an object per word: the audit
 * reads every English sentence of the corpus, and a million small objects
 * cost more to collect than to make. The loose view is made on the first
 * loose look.
 */
export class EnglishWords {
  private looseText: LooseText | null = null;

  constructor(
    private readonly text: string,
    /** Each word in lower case. */
    readonly lower: readonly string[],
    readonly start: readonly number[],
    readonly end: readonly number[],
    /** Each word's joint to the next (JOINT_CODE); 'other' for the last. */
    readonly next: readonly number[],
  ) {}

  get count(): number {
    return this.lower.length;
  }

  written(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  get loose(): LooseText {
    if (!this.looseText) {
      const offsets = [0];
      const bases: string[] = [];
      let offset = 0;
      for (const word of this.lower) {
        const base = singularOfLower(word);
        bases.push(base);
        offsets.push((offset += base.length));
      }
      // Joined once, flat: a string grown word by word is a rope that every look would flatten first.
      this.looseText = { spelled: bases.join(''), offsets };
    }
    return this.looseText;
  }
}

/** The index of `offset` in strictly increasing `offsets`, or -1. */
function indexOfOffset(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] === offset) return mid;
    if (offsets[mid] < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** [A-Za-z0-9]: WORD's letters and digits on ASCII text. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** WORD's matches on ASCII text, scanned by character code: the same words, without a match object each. */
function asciiWordRanges(text: string, starts: number[], ends: number[]): void {
  const n = text.length;
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
    starts.push(from);
    ends.push(i);
  }
}

/** The joint between two words from the text between them. */
function jointBetween(text: string, from: number, to: number): number {
  if (to - from === 1) return text[from] === '-' ? HYPHEN : text[from] === ' ' ? SPACE : OTHER;
  return /^\s+$/.test(text.slice(from, to)) ? SPACE : OTHER;
}

/**
 * The words of a text (full-width letters and curly apostrophes already made
 * plain), each with its joint to the next. `lowerText`: the text in lower
 * case, when the caller has it already.
 */
export function englishWords(text: string, lowerText?: string): EnglishWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  if (ASCII_ONLY.test(text)) {
    asciiWordRanges(text, starts, ends);
    // On ASCII, lower case keeps every offset: each word is a slice of the text's lower case.
    const folded = lowerText ?? text.toLowerCase();
    for (let k = 0; k < starts.length; k++) lower.push(folded.slice(starts[k], ends[k]));
  } else {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      lower.push(m[0].toLowerCase());
    }
  }
  const next: number[] = [];
  for (let k = 0; k + 1 < starts.length; k++) next.push(jointBetween(text, ends[k], starts[k + 1]));
  if (starts.length > 0) next.push(OTHER);
  return new EnglishWords(text, lower, starts, ends, next);
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
  find(words: EnglishWords): Range[] {
    const { start: wordStart, end: wordEnd, next } = words;
    const found = this.skeleton !== null ? this.looseMatches(words) : this.strictMatches(words);
    if (found.length === 0) return [];
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const ranges: Range[] = [];
    let after = -1;
    for (const [start, end] of found) {
      if (start <= after || (start > 0 && next[start - 1] === HYPHEN) || next[end] === HYPHEN) continue;
      after = end;
      ranges.push([wordStart[start], wordEnd[end]]);
    }
    return ranges;
  }

  /** [first word, last word] of each place the entry's shapes fit, looked for where their first word stands. */
  private strictMatches(words: EnglishWords): Range[] {
    const found: Range[] = [];
    for (const shape of this.shapes) {
      for (const first of shape.firstLower) {
        // A sentence holds a few dozen words: read in a row, not indexed, for the few terms that get this far.
        const last = words.count - shape.words.length;
        for (let at = 0; at <= last; at++) if (words.lower[at] === first && this.fits(shape, words, at)) found.push([at, at + shape.words.length - 1]);
      }
    }
    return found;
  }

  /** Words whose singulars, run together, spell the skeleton, joined only by spaces or hyphens. */
  private looseMatches(words: EnglishWords): Range[] {
    const skeleton = this.skeleton!;
    const { spelled, offsets } = words.loose;
    const found: Range[] = [];
    if (skeleton === '') return found;
    for (let at = spelled.indexOf(skeleton); at >= 0; at = spelled.indexOf(skeleton, at + 1)) {
      const first = indexOfOffset(offsets, at);
      const last = indexOfOffset(offsets, at + skeleton.length) - 1;
      if (first < 0 || first >= words.count || last < 0) continue;
      let joined = true;
      for (let k = first; k < last && joined; k++) joined = words.next[k] !== OTHER;
      if (joined) found.push([first, last]);
    }
    return found;
  }

  private fits(shape: Shape, words: EnglishWords, at: number): boolean {
    for (let k = 0; k < shape.words.length; k++) {
      const i = at + k;
      if (!shape.words[k].has(this.caseSensitive ? words.written(i) : words.lower[i])) return false;
      if (k < shape.joints.length && !shape.joints[k].has(words.next[i])) return false;
    }
    return true;
  }
}
