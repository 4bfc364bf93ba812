import type { ParsedQuery, QueryTerm } from './queryParser';
import { englishWords, stemOf } from './searchTokens';
import { foldCodePoints, foldText } from './textNormalizer';

/** [start, end) in UTF-16 units of the original text. */
export type Range = [number, number];

/** UTF-16 offset of each code point of `text`, and of its end. */
function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  return offsets;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Every occurrence of `needle` (folded code points) in `text`, overlaps included. */
function substringRanges(text: string, needle: readonly string[]): Range[] {
  if (needle.length === 0) return [];
  // Without surrogates, and folded to as many UTF-16 units, the folded text's offsets are the original's.
  if (!SURROGATE.test(text)) {
    const folded = foldText(text);
    if (folded.length === text.length) {
      const wanted = needle.join('');
      const ranges: Range[] = [];
      for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) ranges.push([at, at + wanted.length]);
      return ranges;
    }
  }
  const folded = foldCodePoints(text);
  const offsets = codePointOffsets(text);
  const ranges: Range[] = [];
  outer: for (let i = 0; i + needle.length <= folded.length; i++) {
    for (let k = 0; k < needle.length; k++) if (folded[i + k] !== needle[k]) continue outer;
    ranges.push([offsets[i], offsets[i + needle.length]]);
  }
  return ranges;
}

/**
 * Where an English term matched, as the index matched it: by stem, so every
 * form of the word (and of its completions and corrections) is marked, and
 * a phrase's words by stem in a row.
 */
function wordRanges(text: string, term: Extract<QueryTerm, { kind: 'latin' }>, similarStems: ReadonlySet<string>): Range[] {
  const words = englishWords(text);
  const ranges: Range[] = [];
  const wanted = term.words;
  const last = wanted.length - 1;
  const wantedStems = wanted.map(stemOf);
  // A Porter stem starts with its word's first letter, so a word whose first letter no stem wanted has needs no stemming:
  // most of a text's words, each a map lookup saved on every candidate highlighted.
  const firstLetters = new Set([...wantedStems, ...(wanted.length === 1 ? similarStems : [])].map((stem) => stem[0]));
  const wordMatches = (candidate: string, k: number) => {
    if (candidate === wanted[k]) return true;
    if (!firstLetters.has(candidate[0])) return false;
    if (term.prefix && k === last && (candidate.startsWith(wanted[k]) || stemOf(candidate).startsWith(wantedStems[k]))) return true;
    const stem = stemOf(candidate);
    return stem === wantedStems[k] || (wanted.length === 1 && similarStems.has(stem));
  };
  for (let i = 0; i + wanted.length <= words.length; i++) {
    let k = 0;
    while (k < wanted.length && wordMatches(words[i + k].word, k)) k++;
    if (k === wanted.length) ranges.push([words[i].start, words[i + last].end]);
  }
  return ranges;
}

/** Sorted, overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The stems of the completions and corrections: the last set's, since a page of hits asks with the same one. */
let lastStems: { of: ReadonlySet<string>; size: number; stems: Set<string> } | null = null;
function stemsOf(similar: ReadonlySet<string>): Set<string> {
  if (lastStems?.of !== similar || lastStems.size !== similar.size) lastStems = { of: similar, size: similar.size, stems: new Set([...similar].map(stemOf)) };
  return lastStems.stems;
}

/** Where the query's positive terms occur in one side's text. */
export function matchRanges(text: string | null, side: 'zh' | 'en', query: ParsedQuery, similar: ReadonlySet<string> = new Set()): Range[] {
  if (!text) return [];
  const ranges: Range[] = [];
  const similarStems = side === 'en' ? stemsOf(similar) : new Set<string>();
  for (const clause of query.clauses) {
    if (clause.negated) continue;
    for (const term of clause.anyOf) {
      if (side === 'zh') ranges.push(...substringRanges(text, term.chars));
      else if (term.kind === 'latin') ranges.push(...wordRanges(text, term, similarStems));
    }
  }
  return mergeRanges(ranges);
}

export interface Snippet {
  text: string;
  /** Offsets into `text`. */
  highlights: Range[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** The first match of the window holding the most matches: different terms near each other beat a lone first match. */
export function densestRange(ranges: readonly Range[], span: number): Range {
  let best = ranges[0];
  let bestCount = 0;
  for (const range of ranges) {
    const count = ranges.filter(([a, b]) => a >= range[0] && b <= range[0] + span).length;
    if (count > bestCount) {
      best = range;
      bestCount = count;
    }
  }
  return best;
}

/** Where a snippet is placed when it cannot hold the whole text. */
export interface SnippetPlace {
  /** For a side without matches: the same relative place as the other side's match. */
  anchorShare?: number;
  /** A stretch to show whole and centred when it fits (the matched sentence), else the densest matches inside it. */
  focus?: Range;
}

/** Space or punctuation: where a snippet may start or end without cutting a word. */
const BOUNDARY = /[\s，。；：、,.;:!?！？]/;

/**
 * A window of `text` around its densest run of matches (or around `place`),
 * at most `width` UTF-16 units, not cutting words nor the focus.
 */
export function makeSnippet(text: string, ranges: Range[], width: number, place: SnippetPlace = {}): Snippet {
  if (text.length <= width) return { text, highlights: ranges, cutStart: false, cutEnd: false };
  const { focus } = place;
  const fits = focus !== undefined && focus[1] - focus[0] <= width;
  let start: number;
  if (fits) {
    start = focus[0] - Math.floor((width - (focus[1] - focus[0])) / 2);
  } else {
    const inFocus = focus ? ranges.filter(([a, b]) => a < focus[1] && focus[0] < b) : ranges;
    const anchor = inFocus.length > 0 ? densestRange(inFocus, Math.floor((width * 2) / 3))[0] : Math.floor((place.anchorShare ?? 0) * text.length);
    start = anchor - Math.floor(width / 3);
  }
  start = Math.max(0, Math.min(start, text.length - width));
  let end = Math.min(text.length, start + width);
  // Move the edges to a space or punctuation nearby, so words are not cut in half (nor the focus when it fits).
  const keep: Range = fits ? focus : [Infinity, -Infinity];
  if (start > 0) {
    const space = text.slice(start, Math.min(start + 20, keep[0])).search(BOUNDARY);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const from = Math.max(start, end - 20, keep[1]);
    const tail = text.slice(from, end);
    let cut = tail.length - 1;
    while (cut >= 0 && !BOUNDARY.test(tail[cut])) cut--;
    // Keep a closing punctuation mark, drop a trailing space.
    if (cut >= 0) end = from + cut + (/\s/.test(tail[cut]) ? 0 : 1);
  }
  return { text: text.slice(start, end), highlights: clipRanges(ranges, start, end), cutStart: start > 0, cutEnd: end < text.length };
}

/** The ranges inside [start, end), as offsets from `start`. */
export function clipRanges(ranges: readonly Range[], start: number, end: number): Range[] {
  return ranges.filter(([a, b]) => b > start && a < end).map(([a, b]): Range => [Math.max(a, start) - start, Math.min(b, end) - start]);
}
