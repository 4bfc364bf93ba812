import type { TermMatching } from '../../../contract/terminology';
import { singular } from './renderingVariants';

/** [start, end) in UTF-16 units. */
type Range = [number, number];

/** What stands between two words: white space only, one hyphen, or anything else (punctuation). */
type Joint = 'space' | 'hyphen' | 'other';

/** A word of running English, with what joins it to the next. */
export interface EnglishToken {
  lower: string;
  written: string;
  start: number;
  end: number;
  /** Between this word and the next; 'other' for the last. */
  next: Joint;
}

/** The loose look's view of a text: its words lower case and singular, run together, and where each word begins and ends in that. */
interface LooseText {
  spelled: string;
  /** By offset in `spelled`: the word that begins there, or -1. */
  wordStarting: Int32Array;
  /** By offset in `spelled`: the word that ends there, or -1. */
  wordEnding: Int32Array;
}

/** A text's words, and where each word stands, so a term looks only there; the loose view is made on the first loose look. */
export class EnglishWords {
  private looseText: LooseText | null = null;

  constructor(
    readonly tokens: EnglishToken[],
    readonly byLower: Map<string, number[]>,
  ) {}

  get loose(): LooseText {
    if (!this.looseText) {
      const bases = this.tokens.map((t) => singular(t.lower));
      const spelled = bases.join('');
      const wordStarting = new Int32Array(spelled.length + 1).fill(-1);
      const wordEnding = new Int32Array(spelled.length + 1).fill(-1);
      let offset = 0;
      bases.forEach((base, i) => {
        wordStarting[offset] = i;
        offset += base.length;
        wordEnding[offset] = i;
      });
      this.looseText = { spelled, wordStarting, wordEnding };
    }
    return this.looseText;
  }
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/** WORD on ASCII text: the same words, without Unicode property lookups. */
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

const push = (map: Map<string, number[]>, key: string, i: number) => {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
};

/** The words of a text (full-width letters and curly apostrophes already made plain), each with its joint to the next. */
export function englishWords(text: string): EnglishWords {
  const tokens: EnglishToken[] = [];
  const byLower = new Map<string, number[]>();
  const word = ASCII_ONLY.test(text) ? ASCII_WORD : WORD;
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const lower = m[0].toLowerCase();
    push(byLower, lower, tokens.length);
    tokens.push({ lower, written: m[0], start: m.index, end: m.index + m[0].length, next: 'other' });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const from = tokens[i].end;
    const to = tokens[i + 1].start;
    if (to - from === 1 && text[from] === '-') tokens[i].next = 'hyphen';
    else if (to - from === 1 ? text[from] === ' ' : /^\s+$/.test(text.slice(from, to))) tokens[i].next = 'space';
  }
  return new EnglishWords(tokens, byLower);
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
  joints: Set<Joint>[];
}

const SEPARATE: ReadonlySet<Joint> = new Set(['space', 'hyphen']);

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
      const shapeJoints: Set<Joint>[] = [];
      joints.forEach((joint, i) => {
        if (mask & (1 << i)) shapeWords[shapeWords.length - 1] += words[i + 1];
        else {
          shapeWords.push(words[i + 1]);
          shapeJoints.push(matching.hyphenVariants ? new Set(SEPARATE) : new Set([joint]));
        }
      });
      const last = shapeWords.length - 1;
      const forms = shapeWords.map((w, i) => (i === last && matching.inflections ? inflections(w) : [w]));
      this.shapes.push({ words: forms.map((f) => new Set(f.map(norm))), firstLower: [...new Set(forms[0].map((f) => f.toLowerCase()))], joints: shapeJoints });
    }
  }

  /** Where the term stands in these words: whole words, not joined by a hyphen to a word outside, the longest at each place. */
  find(words: EnglishWords): Range[] {
    const { tokens } = words;
    const found = this.skeleton !== null ? this.looseMatches(words) : this.strictMatches(words);
    if (found.length === 0) return [];
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const ranges: Range[] = [];
    let after = -1;
    for (const [start, end] of found) {
      if (start <= after || (start > 0 && tokens[start - 1].next === 'hyphen') || tokens[end].next === 'hyphen') continue;
      after = end;
      ranges.push([tokens[start].start, tokens[end].end]);
    }
    return ranges;
  }

  /** [first word, last word] of each place the entry's shapes fit, looked for where their first word stands. */
  private strictMatches(words: EnglishWords): Range[] {
    const found: Range[] = [];
    for (const shape of this.shapes) {
      for (const first of shape.firstLower) {
        for (const at of words.byLower.get(first) ?? []) {
          const last = at + shape.words.length - 1;
          if (last < words.tokens.length && this.fits(shape, words.tokens, at)) found.push([at, last]);
        }
      }
    }
    return found;
  }

  /** Words whose singulars, run together, spell the skeleton, joined only by spaces or hyphens. */
  private looseMatches(words: EnglishWords): Range[] {
    const skeleton = this.skeleton!;
    const { spelled, wordStarting, wordEnding } = words.loose;
    const found: Range[] = [];
    if (skeleton === '') return found;
    for (let at = spelled.indexOf(skeleton); at >= 0; at = spelled.indexOf(skeleton, at + 1)) {
      const first = wordStarting[at];
      const last = wordEnding[at + skeleton.length];
      if (first < 0 || last < 0) continue;
      let joined = true;
      for (let k = first; k < last && joined; k++) joined = SEPARATE.has(words.tokens[k].next);
      if (joined) found.push([first, last]);
    }
    return found;
  }

  private fits(shape: Shape, tokens: readonly EnglishToken[], at: number): boolean {
    for (let k = 0; k < shape.words.length; k++) {
      const token = tokens[at + k];
      if (!shape.words[k].has(this.caseSensitive ? token.written : token.lower)) return false;
      if (k < shape.joints.length && !shape.joints[k].has(token.next)) return false;
    }
    return true;
  }
}
