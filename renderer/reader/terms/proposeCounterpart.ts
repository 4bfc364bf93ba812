import type { ConcordanceLine } from '../../../contract/terminology';

/** The words of a selection as the concordance's query: quotes would be read as the query's own. */
export const selectionQuery = (text: string): string => text.replace(/["“”„「」『』]/g, ' ').trim();

/** How many times `needle` occurs in `text` before `end`: which of a paragraph's occurrences a selection is. */
export function occurrenceIndex(text: string, needle: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + needle.length)) n++;
  return Math.max(0, n - 1);
}

const LONGEST_PROPOSAL = 80;

/**
 * What the aligned text renders a selection as: the rendering the concordance
 * found for that occurrence (a termbase term, or the word pairs the aligner
 * stored for the sentence link), cut from the counterpart sentence. Nothing
 * when no precise rendering is known: a whole sentence is no term.
 */
export function proposedCounterpart(lines: readonly ConcordanceLine[], occurrence: number): string {
  const line = lines[occurrence] ?? lines[0];
  const counterpart = line?.counterpart;
  if (!line?.rendering || !counterpart || counterpart.highlights.length === 0) return '';
  const ranges = [...counterpart.highlights].sort((a, b) => a[0] - b[0]);
  const whole = counterpart.text.slice(ranges[0][0], ranges.at(-1)![1]).trim();
  // Pairs a few words apart are one rendering ("diagnosis … and treatment"); far apart, only the first is sure.
  if (whole.length <= LONGEST_PROPOSAL) return whole;
  return counterpart.text.slice(ranges[0][0], ranges[0][1]).trim();
}
