import type { TextLanguage } from '../../../contract/languages';
import type { Concept, Term } from '../../../contract/terminology';
import { foldCodePoints } from '../search/textNormalizer';
import { englishWords, EnglishTermMatch, NO_RANGES, type EnglishWords } from './englishTermMatch';
import { foldWithOffsets } from './foldWithOffsets';

/** [start, end) in UTF-16 units of the original text. */
export type Range = [number, number];

/** Where one termbase term occurs in a text. */
export interface TermOccurrence {
  conceptId: string;
  term: Term;
  start: number;
  end: number;
}

/**
 * A text prepared once for every term looked for in it: the search's folding
 * for Chinese (Traditional → Simplified, full-width → half-width, case), and
 * for English full-width letters and curly apostrophes made plain, keeping
 * every offset where it was so ranges point into the original.
 */
export class PreparedText {
  private foldedCache: { folded: string; toOriginal: number[] | null } | null = null;
  private englishCache: string | null = null;
  private lowerCache: string | null = null;
  private wordsCache: EnglishWords | null = null;

  constructor(readonly text: string) {}

  get folded(): { folded: string; toOriginal: number[] | null } {
    return (this.foldedCache ??= foldWithOffsets(this.text));
  }

  get english(): string {
    // ASCII holds no full-width letter or curly apostrophe: nothing to make plain.
    return (this.englishCache ??= ASCII_ONLY.test(this.text) ? this.text : plainEnglish(this.text));
  }

  /** The English in lower case, for the cheap test a term's words pass before they are looked for. */
  get lowerEnglish(): string {
    return (this.lowerCache ??= this.english.toLowerCase());
  }

  get words(): EnglishWords {
    return (this.wordsCache ??= englishWords(this.english, this.lowerEnglish));
  }
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** Full-width ASCII to half-width and curly apostrophes to straight ones: one UTF-16 unit for one. */
export function plainEnglish(text: string): string {
  return text.replace(/[\uff01-\uff5e\u2018\u2019]/g, (c) => (c === '\u2018' || c === '\u2019' ? "'" : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** One term ready to be found: a folded needle for Chinese, its words for English. */
export class CompiledTerm {
  private readonly needle: string | null;
  private readonly english: EnglishTermMatch | null;
  /** Letters every match holds, in lower case, whatever its inflection or joints: most texts lack them. */
  private readonly mustHold: string;

  constructor(
    readonly conceptId: string,
    readonly term: Term,
    loose = false,
  ) {
    this.needle = term.language === 'zh' ? foldedNeedle(term.text) : null;
    this.english = term.language === 'en' ? new EnglishTermMatch(term.text, term.matching, loose) : null;
    // The loose look also finds a word split in two ("health care" for "healthcare"): no letters are sure to be there.
    this.mustHold = term.language === 'en' && !loose ? longestStem(term.text) : '';
  }

  find(text: PreparedText): readonly Range[] {
    if (this.needle !== null) return findFolded(text, this.needle);
    if (!text.lowerEnglish.includes(this.mustHold)) return NO_RANGES;
    return this.english!.find(text.words);
  }
}

/** A Chinese term as found in a folded text: trimmed and folded as the search folds. */
export function foldedNeedle(text: string): string {
  return foldCodePoints(text.trim()).join('');
}

/** The longest word of a term without the letters an inflection may change (policy → poli, consortium → consorti). */
function longestStem(text: string): string {
  const stems = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => (w.length > 3 ? w.slice(0, -2) : w));
  return stems.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function findFolded(text: PreparedText, needle: string): readonly Range[] {
  if (needle === '') return NO_RANGES;
  const { folded, toOriginal } = text.folded;
  let at = folded.indexOf(needle);
  if (at < 0) return NO_RANGES;
  // Most texts hold a term once: an array of one, grown only if there are more.
  const ranges: Range[] = [originalRange(toOriginal, at, at + needle.length)];
  for (at = folded.indexOf(needle, at + needle.length); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    ranges.push(originalRange(toOriginal, at, at + needle.length));
  }
  return ranges;
}

function originalRange(toOriginal: readonly number[] | null, start: number, end: number): Range {
  return toOriginal ? [toOriginal[start], toOriginal[end]] : [start, end];
}

const NO_OCCURRENCES: readonly TermOccurrence[] = Object.freeze([]);

/**
 * Finds the terms of a set of concepts in texts of one language. Where
 * matches overlap the longest wins, so a longer term is not counted again as
 * the shorter one inside it (卫生健康委员会 is not also 卫生健康委; 医保 inside
 * 医保局 is the bureau's), as the starter termbase counts.
 */
export class TermMatcher {
  private readonly terms: CompiledTerm[];

  constructor(concepts: readonly Concept[], language: TextLanguage, options: { loose?: boolean } = {}) {
    this.terms = concepts.flatMap((c) => c.terms.filter((t) => t.language === language).map((t) => new CompiledTerm(c.id, t, options.loose)));
  }

  /** The occurrences in text order; the array is shared when there are none, so not to be changed. */
  occurrences(text: PreparedText | string): readonly TermOccurrence[] {
    const prepared = typeof text === 'string' ? new PreparedText(text) : text;
    let found: TermOccurrence[] | null = null;
    for (const compiled of this.terms) {
      const ranges = compiled.find(prepared);
      for (let k = 0; k < ranges.length; k++) {
        const o = { conceptId: compiled.conceptId, term: compiled.term, start: ranges[k][0], end: ranges[k][1] };
        if (found) found.push(o);
        else found = [o];
      }
    }
    if (found === null) return NO_OCCURRENCES;
    // One found, as most texts that hold any: nothing overlaps.
    return found.length === 1 ? found : longestFirst(found);
  }
}

/** Overlapping occurrences reduced to the longest (the earlier on a tie), in text order. */
export function longestFirst(found: readonly TermOccurrence[]): TermOccurrence[] {
  if (found.length <= 1 || inOrderApart(found)) return [...found];
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermOccurrence[] = [];
  for (const o of byLength) if (!kept.some((k) => o.start < k.end && k.start < o.end)) kept.push(o);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether the occurrences are in text order and none overlaps the next, as one term's are: nothing to reduce. */
function inOrderApart(found: readonly TermOccurrence[]): boolean {
  for (let i = 1; i < found.length; i++) if (found[i].start < found[i - 1].end) return false;
  return true;
}
