import type { ConcordanceLine } from '../../../contract/terminology';

/** The words of a selection as the concordance's query: quotes would be read as the query's own. */
export const selectionQuery = (text: string): string => text.replace(/["“”„「」『』]/g, ' ').trim();

/** How many times `needle` occurs in `text` before `end`: which of a paragraph's occurrences a selection is. */
export function occurrenceIndex(text: string, needle: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + needle.length)) n++;
  return Math.max(0, n - 1);
}

/** Paired words this close are one rendering ("diagnosis and treatment" where "and" was not paired). */
const JOINABLE_GAP = /^[\s\p{P}]*[\p{L}\p{N}]{0,4}[\s\p{P}]*$/u;

/**
 * What the aligned text renders a selection as: the rendering the concordance
 * found for that occurrence (a termbase term, or the word pairs the aligner
 * stored for the sentence link), cut from the counterpart sentence: the first
 * run of paired words, joined across a short unpaired word. Nothing when no
 * precise rendering is known: a whole sentence is no term.
 */
export function proposedCounterpart(lines: readonly ConcordanceLine[], occurrence: number): string {
  const line = lines[occurrence] ?? lines[0];
  const counterpart = line?.counterpart;
  if (!line?.rendering || !counterpart || counterpart.highlights.length === 0) return '';
  const ranges = [...counterpart.highlights].sort((a, b) => a[0] - b[0]);
  const start = ranges[0][0];
  let end = ranges[0][1];
  for (const [from, to] of ranges.slice(1)) {
    if (from > end && !JOINABLE_GAP.test(counterpart.text.slice(end, from))) break;
    end = Math.max(end, to);
  }
  return counterpart.text.slice(start, end).trim();
}
