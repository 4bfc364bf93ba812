import type { Concept } from '../../../contract/terminology';
import { foldCodePoints } from '../search/textNormalizer';
import { CompiledTerm, longestFirst, PreparedText, type TermOccurrence } from './termMatcher';

/**
 * The reader's term marks for a whole document in one pass per side (issue
 * "Terminology workbench": marking adds at most 20 ms to opening a 2,000-
 * paragraph document). The TermMatcher looks for each term in turn, which the
 * concordance and the audit can afford for one query or one sentence; here
 * every term is looked for in every paragraph, so each text is read once:
 * - Chinese: each folded character leads to the terms that start with it;
 * - English: each word's first letters lead (through a small trie) to the
 *   terms whose words start so, and only a term whose every word's start is
 *   in the paragraph is matched, by its own CompiledTerm, as everywhere else.
 * Results equal TermMatcher's (a test compares them on the corpus).
 */
export class TermMarkScanner {
  private readonly zh: ChineseScanner;
  private readonly en: EnglishPrefilter;

  constructor(concepts: readonly Concept[]) {
    const compiled = (language: 'zh' | 'en') => concepts.flatMap((c) => c.terms.filter((t) => t.language === language).map((t) => new CompiledTerm(c.id, t)));
    this.zh = new ChineseScanner(compiled('zh'));
    this.en = new EnglishPrefilter(compiled('en'));
  }

  chinese(text: string): TermOccurrence[] {
    return this.zh.occurrences(text);
  }

  english(text: string): TermOccurrence[] {
    return this.en.occurrences(text);
  }
}

/** A folded UTF-16 unit per unit of the text, or -1 where folding is not one unit for one (the slow path's case). */
const foldedUnits = new Int32Array(0x10000).fill(-2);
function foldedUnit(code: number): number {
  let folded = foldedUnits[code];
  if (folded === -2) {
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const f = isSurrogate ? '' : foldCodePoints(String.fromCharCode(code)).join('');
    folded = foldedUnits[code] = f.length === 1 ? f.charCodeAt(0) : -1;
  }
  return folded;
}

interface Needle {
  term: CompiledTerm;
  needle: string;
  /** Where its last occurrence in the text being read ended: occurrences of one needle do not overlap, as indexOf finds them. */
  end: number;
  /** The number of the text `end` is about. */
  text: number;
}

class ChineseScanner {
  /** Index in `buckets` of the needles starting with each folded unit, or -1: an array read per character, not a Map. */
  private readonly bucketOf = new Int32Array(0x10000).fill(-1);
  private readonly buckets: Needle[][] = [];
  private texts = 0;

  constructor(private readonly terms: readonly CompiledTerm[]) {
    for (const term of terms) {
      const needle = foldCodePoints(term.term.text.trim()).join('');
      if (needle === '') continue;
      const code = needle.charCodeAt(0);
      if (this.bucketOf[code] < 0) this.bucketOf[code] = this.buckets.push([]) - 1;
      this.buckets[this.bucketOf[code]].push({ term, needle, end: 0, text: -1 });
    }
  }

  occurrences(text: string): TermOccurrence[] {
    const number = ++this.texts;
    const found: TermOccurrence[] = [];
    for (let i = 0; i < text.length; i++) {
      const first = foldedUnit(text.charCodeAt(i));
      if (first < 0) return this.slowPath(text);
      const bucket = this.bucketOf[first];
      if (bucket < 0) continue;
      for (const n of this.buckets[bucket]) {
        if ((n.text === number && n.end > i) || !matchesAt(text, i, n.needle)) continue;
        n.end = i + n.needle.length;
        n.text = number;
        found.push({ conceptId: n.term.conceptId, term: n.term.term, start: i, end: n.end });
      }
    }
    return found.length <= 1 ? found : longestFirst(found);
  }

  /** Text whose folding changes lengths: each term looked for as TermMatcher does. */
  private slowPath(text: string): TermOccurrence[] {
    const prepared = new PreparedText(text);
    return longestFirst(this.terms.flatMap((t) => t.find(prepared).map(([start, end]) => ({ conceptId: t.conceptId, term: t.term, start, end }))));
  }
}

function matchesAt(text: string, at: number, needle: string): boolean {
  if (at + needle.length > text.length) return false;
  for (let k = 1; k < needle.length; k++) if (foldedUnit(text.charCodeAt(at + k)) !== needle.charCodeAt(k)) return false;
  return true;
}

/** How many first letters of a term's word every form of it keeps (policy → policies, woman → women, forum → fora). */
const keyLength = (word: string): number => Math.max(1, Math.min(4, word.length - 2));

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Set to the paragraph's number when a word of it starts with this node's letters. */
  seen: number;
}

/** ASCII letters and digits; anything above ASCII asks Unicode. */
function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(text[i]);
}

class EnglishPrefilter {
  private readonly root: TrieNode = { next: new Map(), seen: -1 };
  /** The root's children by ASCII code, read without a Map at every word start. */
  private readonly asciiRoot: (TrieNode | undefined)[] = new Array(0x80);
  /** Each term and the trie nodes of the starts of the words it needs. */
  private readonly needs: { term: CompiledTerm; nodes: TrieNode[] }[] = [];
  private paragraph = 0;

  constructor(terms: readonly CompiledTerm[]) {
    for (const term of terms) {
      const words = term.term.text
        .toLowerCase()
        .split(/[\s-]+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter(Boolean);
      if (words.length === 0) continue;
      // With hyphen variants, words after the first may be run into the one before ("long-term" as "longterm").
      const required = term.term.matching.hyphenVariants ? words.slice(0, 1) : words;
      this.needs.push({ term, nodes: required.map((w) => this.insert(w.slice(0, keyLength(w)))) });
    }
  }

  private insert(key: string): TrieNode {
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), seen: -1 }));
      if (node === this.root && code < 0x80) this.asciiRoot[code] = child;
      node = child;
    }
    return node;
  }

  /** Marks the trie nodes of the first letters of the word at `i` as seen in this paragraph. */
  private markWordStart(lower: string, i: number, paragraph: number): void {
    const code = lower.charCodeAt(i);
    let node: TrieNode | undefined = code < 0x80 ? this.asciiRoot[code] : this.root.next.get(code);
    for (let k = i + 1; node; k++) {
      node.seen = paragraph;
      if (k >= lower.length || k >= i + 4) break;
      node = node.next.get(lower.charCodeAt(k));
    }
  }

  occurrences(text: string): TermOccurrence[] {
    const paragraph = ++this.paragraph;
    const prepared = new PreparedText(text);
    const lower = prepared.lowerEnglish;
    let inWord = false;
    for (let i = 0; i < lower.length; i++) {
      const wasInWord = inWord;
      inWord = isWordUnit(lower, i);
      if (!inWord || wasInWord) continue;
      // An apostrophe between letters is inside a word (don't, Xi's): what follows it starts no word.
      if (i > 1 && lower.charCodeAt(i - 1) === 39 && isWordUnit(lower, i - 2)) continue;
      this.markWordStart(lower, i, paragraph);
    }
    const found: TermOccurrence[] = [];
    for (const { term, nodes } of this.needs) {
      if (!nodes.every((n) => n.seen === paragraph)) continue;
      for (const [start, end] of term.find(prepared)) found.push({ conceptId: term.conceptId, term: term.term, start, end });
    }
    return found.length <= 1 ? found : longestFirst(found);
  }
}
