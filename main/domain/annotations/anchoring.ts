import search from 'approx-string-match';
import {
  QUOTE_CONTEXT_LENGTH,
  type AnchorMethod,
  type AnnotationPlacement,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../contract/annotations';

/**
 * Describing a range of a segment side and finding it again after the text
 * changed. An annotation keeps two selectors of the W3C Web Annotation model
 * (https://www.w3.org/TR/annotation-model/#selectors): where it was
 * (TextPositionSelector) and what it said, with some context
 * (TextQuoteSelector). Placing it follows the Hypothesis client's strategy
 * (src/annotator/anchoring/text-quote.ts, match-quote.ts): try the position,
 * then the exact quote, then an approximate match. Unlike Hypothesis, which
 * takes the best approximate match whatever its score, a fuzzy match is kept
 * here only when the quote's surroundings agree too, and an exact quote is
 * refused where the annotated passage is found elsewhere with its quote
 * edited: an annotation sent to the orphans can be settled by the user, one
 * silently moved onto other words cannot.
 *
 * All offsets are UTF-16 code units, as the selectors are.
 */

/** Stand for the start and the end of the text when a stored context reached them (noncharacters: never in real text). */
const TEXT_START = '\uFFFE';
const TEXT_END = '\uFFFF';

/**
 * How many characters may have been inserted between the quote and its stored
 * context and still be skipped cheaply when the context is compared. Beyond
 * that they simply count as differences.
 */
const CONTEXT_SLACK = 8;

/**
 * The stored context may differ from the text around a fuzzy match, or where
 * the passage is located, by one character in this many (4 of 32 on a side):
 * room for a small edit nearby, not for other surroundings.
 */
const CONTEXT_ERROR_RATIO = 8;

/**
 * A fuzzy quote may differ by one character in QUOTE_ERROR_RATIO (at least
 * one) when at least MIN_CONTEXT_EVIDENCE characters of its context are found
 * around it, and by one in QUOTE_ERROR_RATIO_ALONE otherwise (a heading quoted
 * whole has only the text's edges for context): a few characters alone, such
 * as 第一章 总则 beside 第二章 总则, say too little about whether the edit was
 * a typo fixed or other words.
 */
const QUOTE_ERROR_RATIO = 4;
const QUOTE_ERROR_RATIO_ALONE = 8;
const MIN_CONTEXT_EVIDENCE = 8;

/** Caps the differences allowed in a very long quote, so the search stays fast. */
const MAX_QUOTE_ERRORS = 64;

const ORPHANED: AnnotationPlacement = { status: 'orphaned' };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
}

/**
 * The selectors for [start, end) of `text`: the quote with up to
 * QUOTE_CONTEXT_LENGTH code units of context on each side (one fewer where the
 * edge would cut a surrogate pair in two), and the position.
 */
export function describeRange(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new Error(`describeRange: [${start}, ${end}) is not a non-empty range of a text of ${text.length} code units`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new Error(`describeRange: [${start}, ${end}) cuts a character (a surrogate pair) in two`);
  }
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Differences (insertions, deletions, substitutions) allowed inside the quote
 * of a fuzzy match with its context around it: a quarter of its length, at
 * least one; a single character is never matched approximately, and two or
 * three only with their context.
 */
function quoteErrorBudget(length: number): number {
  if (length < 2) return 0;
  return Math.min(MAX_QUOTE_ERRORS, Math.max(1, Math.floor(length / QUOTE_ERROR_RATIO)));
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

// Scratch rows for anchoredDistance, grown as needed: placing many annotations
// allocates nothing per comparison.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance between all of `pattern` and `window`, or, with
 * `freeWindowEnd`, the best prefix of `window` (for a context: both start at
 * the quote's edge, and the window is a little longer than the pattern, to
 * absorb insertions).
 */
function editDistance(pattern: string, window: string, freeWindowEnd: boolean): number {
  const m = pattern.length;
  const n = window.length;
  if (m === 0) return freeWindowEnd ? 0 : n;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const diagonal = prev[j - 1] + (p === window.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j] + 1;
      const left = cur[j - 1] + 1;
      cur[j] = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  if (!freeWindowEnd) return prev[n];
  let best = prev[0];
  for (let j = 1; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}

interface Alignment {
  /** The quote's range in the padded text. */
  start: number;
  end: number;
  quoteErrors: number;
  totalErrors: number;
}

/**
 * Aligns all of `pattern` with all of text[from, to) (a window approx-string-match
 * found with `errors` differences) and says where pattern offsets qa and qb
 * (the quote's edges) fell, and how many of the differences lie between them.
 * Banded dynamic programming: an alignment with `errors` differences never
 * strays further than that from the diagonal.
 */
function alignQuote(pattern: string, text: string, from: number, to: number, errors: number, qa: number, qb: number): Alignment {
  const m = pattern.length;
  const n = to - from;
  const lo = Math.min(0, n - m) - errors;
  const hi = Math.max(0, n - m) + errors;
  const width = hi - lo + 1;
  const INF = 1 << 29;
  const cost = new Int32Array((m + 1) * width).fill(INF);
  const at = (i: number, j: number): number => {
    const d = j - i;
    return d < lo || d > hi || j < 0 || j > n ? INF : cost[i * width + d - lo];
  };
  for (let j = Math.max(0, lo); j <= Math.min(n, hi); j++) cost[j - lo] = j;
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(i - 1);
    const row = i * width;
    for (let j = Math.max(0, i + lo); j <= Math.min(n, i + hi); j++) {
      let best: number;
      if (j === 0) best = i;
      else {
        best = at(i - 1, j - 1) + (p === text.charCodeAt(from + j - 1) ? 0 : 1);
        const up = at(i - 1, j) + 1;
        const left = at(i, j - 1) + 1;
        if (up < best) best = up;
        if (left < best) best = left;
      }
      cost[row + j - i - lo] = best;
    }
  }
  // Walk back from the end. Characters inserted right at the quote's edges are
  // left outside it: the placed range is what still matches the old quote.
  let i = m;
  let j = n;
  let startJ = -1;
  let startCost = 0;
  let endJ = n;
  let endCost = 0;
  for (;;) {
    const here = at(i, j);
    if (i === qb) {
      endJ = j;
      endCost = here;
    }
    if (i === qa && startJ < 0) {
      startJ = j;
      startCost = here;
    }
    if (i === 0 && j === 0) break;
    if (i > 0 && j > 0 && here === at(i - 1, j - 1) + (pattern.charCodeAt(i - 1) === text.charCodeAt(from + j - 1) ? 0 : 1)) {
      i--;
      j--;
    } else if (i > 0 && here === at(i - 1, j) + 1) i--;
    else if (j > 0) j--;
    else i--;
  }
  return { start: from + startJ, end: from + endJ, quoteErrors: endCost - startCost, totalErrors: at(m, n) };
}

/** Where the stored prefix ends and the suffix starts, in the text as it is now: the quote's room. */
interface Passage {
  gapStart: number;
  gapEnd: number;
}

interface Candidate {
  start: number;
  end: number;
  /** Differences in the context (exact matches) or in quote and context together (fuzzy ones). */
  errors: number;
  distance: number;
}

function better(a: Candidate, b: Candidate | null): boolean {
  return b === null || a.errors < b.errors || (a.errors === b.errors && a.distance < b.distance);
}

/**
 * One stored annotation being placed on one text. The text is padded with
 * TEXT_START/TEXT_END, and a context that stopped at the edge of the old text
 * carries the same marker, so "it was at the very start" is evidence too.
 */
class Placer {
  private readonly padded: string;
  private readonly prefix: string;
  private readonly prefixReversed: string;
  private readonly suffix: string;
  /** Real (unpadded) context characters stored with the quote. */
  private readonly contextLength: number;
  private readonly contextBudget: number;
  private readonly oldStart: number;

  constructor(
    private readonly text: string,
    private readonly exact: string,
    quote: TextQuoteSelector,
    oldStart: number,
  ) {
    const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
    const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';
    this.padded = TEXT_START + text + TEXT_END;
    // describeRange keeps QUOTE_CONTEXT_LENGTH units unless it met the edge
    // (or shortened it by one to keep a surrogate pair whole).
    this.prefix = (prefix.length < QUOTE_CONTEXT_LENGTH - 1 ? TEXT_START : '') + prefix;
    this.suffix = suffix + (suffix.length < QUOTE_CONTEXT_LENGTH - 1 ? TEXT_END : '');
    this.prefixReversed = reverse(this.prefix);
    this.contextLength = prefix.length + suffix.length;
    this.contextBudget = Math.floor(this.contextLength / CONTEXT_ERROR_RATIO);
    this.oldStart = oldStart;
  }

  /** Differences between the stored context and the text around [start, end) of the text. */
  contextErrors(start: number, end: number): number {
    const before = start + 1; // offsets in the padded text
    const after = end + 1;
    const prefixWindow = reverse(this.padded.slice(Math.max(0, before - this.prefix.length - CONTEXT_SLACK), before));
    const suffixWindow = this.padded.slice(after, after + this.suffix.length + CONTEXT_SLACK);
    return editDistance(this.prefixReversed, prefixWindow, true) + editDistance(this.suffix, suffixWindow, true);
  }

  /** The exact occurrence whose context agrees best; the nearest to the old position among equals. */
  bestExact(known: Candidate | null): Candidate | null {
    let best = known;
    const { text, exact } = this;
    for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
      if (known !== null && i === known.start) continue;
      const candidate = { start: i, end: i + exact.length, errors: this.contextErrors(i, i + exact.length), distance: Math.abs(i - this.oldStart) };
      if (better(candidate, best)) best = candidate;
    }
    return best;
  }

  /**
   * Where the stored prefix and suffix are still found side by side, with at
   * most the quote's room (the gap) between them: the annotated passage,
   * whatever its quote became. Only with enough stored context to say so.
   */
  locatePassages(): Passage[] {
    if (this.contextLength < MIN_CONTEXT_EVIDENCE) return [];
    const maxGap = this.exact.length + quoteErrorBudget(this.exact.length);
    const prefixes = search(this.padded, this.prefix, Math.floor(this.prefix.length / CONTEXT_ERROR_RATIO));
    if (prefixes.length === 0) return [];
    const passages: Passage[] = [];
    for (const s of search(this.padded, this.suffix, Math.floor(this.suffix.length / CONTEXT_ERROR_RATIO))) {
      for (const p of prefixes) {
        const gap = s.start - p.end;
        // Back to text offsets (the padding's start marker is at -1).
        if (gap >= 0 && gap <= maxGap) passages.push({ gapStart: p.end - 1, gapEnd: s.start - 1 });
      }
    }
    return passages;
  }

  /**
   * Searches for quote and context together (prefix + exact + suffix), so an
   * approximate quote is only found where its surroundings are found too, then
   * aligns the match to see where the quote's edges landed. Kept only if the
   * quote needed at most quoteErrorBudget edits (fewer without enough context,
   * see QUOTE_ERROR_RATIO_ALONE), the context at most one in
   * CONTEXT_ERROR_RATIO, and the quote explains the text there better than its absence would: with
   * a quote of two or three characters deleted, what is left may otherwise look
   * like the quote with one edit.
   */
  bestFuzzy(): Candidate | null {
    const quoteBudget = quoteErrorBudget(this.exact.length);
    if (quoteBudget === 0) return null;
    const pattern = this.prefix + this.exact + this.suffix;
    const qa = this.prefix.length;
    const qb = qa + this.exact.length;
    const seen = new Set<string>();
    let best: Candidate | null = null;
    for (const match of search(this.padded, pattern, quoteBudget + this.contextBudget)) {
      const key = `${match.start}:${match.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const aligned = alignQuote(pattern, this.padded, match.start, match.end, match.errors, qa, qb);
      const contextErrors = aligned.totalErrors - aligned.quoteErrors;
      if (aligned.quoteErrors > quoteBudget || contextErrors > this.contextBudget) continue;
      const alone = this.contextLength - contextErrors < MIN_CONTEXT_EVIDENCE;
      if (alone && aligned.quoteErrors > Math.floor(this.exact.length / QUOTE_ERROR_RATIO_ALONE)) continue;
      if (editDistance(this.prefix + this.suffix, this.padded.slice(match.start, match.end), false) <= aligned.totalErrors) continue;
      // Back to offsets in the text, never on the padding nor inside a surrogate pair.
      let start = Math.min(Math.max(aligned.start - 1, 0), this.text.length);
      let end = Math.min(Math.max(aligned.end - 1, 0), this.text.length);
      if (splitsSurrogatePair(this.text, start)) start -= 1;
      if (splitsSurrogatePair(this.text, end)) end += 1;
      if (end <= start) continue;
      const candidate = { start, end, errors: aligned.totalErrors, distance: Math.abs(start - this.oldStart) };
      if (better(candidate, best)) best = candidate;
    }
    return best;
  }
}

function placed(text: string, method: AnchorMethod, start: number, end: number): AnnotationPlacement {
  return { status: 'anchored', method, start, end, text: text.slice(start, end) };
}

/**
 * Places a stored annotation on `text` as it is now:
 * 1. position: the old range still holds the quote;
 * 2. quote: an exact occurrence of the quote, the one whose context agrees
 *    best when there are several, then the nearest to the old position;
 * 3. fuzzy: an approximate match of the quote within its (approximate)
 *    context, accepted only on strong evidence (see Placer.bestFuzzy);
 * otherwise orphaned. An exact occurrence is refused when the annotated
 * passage is found elsewhere with its quote changed or gone (see below): a
 * typo fixed inside a short quote must not send it to the same word nearby.
 */
export function anchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): AnnotationPlacement {
  const exact = quote?.exact;
  if (typeof text !== 'string' || typeof exact !== 'string' || exact.length === 0 || text.length < exact.length - quoteErrorBudget(exact.length)) {
    return ORPHANED;
  }
  const oldStart = Number.isFinite(position?.start) ? position.start : 0;
  const placer = new Placer(text, exact, quote, oldStart);

  // 1. Position. Hypothesis takes it as it is; here it must also agree with
  // the context at least as well as any other occurrence (it wins ties), so a
  // shift of repetitive text (——, ……) cannot leave it one place off.
  let positional: Candidate | null = null;
  const { start, end } = position ?? { start: NaN, end: NaN };
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && end - start === exact.length && text.startsWith(exact, start)) {
    positional = { start, end, errors: placer.contextErrors(start, end), distance: 0 };
    if (positional.errors === 0) return placed(text, 'position', start, end);
  }

  // 2. Exact quote.
  const exactMatch = placer.bestExact(positional);
  const method: AnchorMethod = exactMatch !== null && exactMatch === positional ? 'position' : 'quote';
  if (exactMatch !== null && exactMatch.errors === 0) return placed(text, method, exactMatch.start, exactMatch.end);
  // Otherwise the occurrence is taken whatever its context, as Hypothesis
  // does, unless the annotated passage is found elsewhere (its context side
  // by side, see locatePassages), its quote edited or deleted: then the
  // occurrence is other text, and a typo fixed in a short quote must not move
  // it to the same word nearby. The passage's edges are approximate, so an
  // occurrence overlapping its quote's room is that quote.
  const contradicted =
    exactMatch !== null && placer.locatePassages().some((p) => exactMatch.end <= p.gapStart || exactMatch.start >= p.gapEnd);
  if (exactMatch !== null && !contradicted) return placed(text, method, exactMatch.start, exactMatch.end);

  // 3. Fuzzy, only when there is no exact quote to take.
  const fuzzy = placer.bestFuzzy();
  if (fuzzy !== null) return placed(text, 'fuzzy', fuzzy.start, fuzzy.end);
  return ORPHANED;
}
