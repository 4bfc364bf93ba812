import type { Band } from './bandedLattice';
import type { SentenceFeatures } from './sentenceFeatures';

/**
 * The score of linking a run of Chinese sentences to a run of English ones,
 * as a log-likelihood: how much likelier the run pair is as a translation
 * than as chance. Its parts, after Gale & Church (length), hunalign
 * (dictionary) and Bertalign (link types, paragraph cues):
 * - the link type's prior (1–1 is by far the most common);
 * - length: English characters against Chinese ones, the ratio and variance
 *   measured on the bundled corpus (see EN_PER_ZH_CHARACTER);
 * - the lexicon: each content word whose rendering is on the other side
 *   counts for the link, each one without against it;
 * - figures and Latin strings, which a translation carries over;
 * - punctuation: a heading links to a heading, a colon to a colon;
 * - paragraph cues, where line breaks are paragraph breaks: a link that
 *   crosses one, or ends a paragraph on one side only, costs.
 */

/** Non-space English characters per Chinese character, measured on the corpus's paragraphs (tests/unit/alignment pins it). */
export const EN_PER_ZH_CHARACTER = 4.04;
/** Variance of the English length around ratio × Chinese length, per Chinese character (Gale & Church's s²), measured likewise. */
export const LENGTH_VARIANCE = 30;

/** log P(link type): 1–1 dominates parallel policy texts; 1–0 and 0–1 are rare. */
export const LINK_TYPES: readonly (readonly [number, number, number])[] = [
  [1, 1, Math.log(0.88)],
  [1, 0, Math.log(0.01)],
  [0, 1, Math.log(0.01)],
  [1, 2, Math.log(0.045)],
  [2, 1, Math.log(0.045)],
  [2, 2, Math.log(0.006)],
  [1, 3, Math.log(0.01)],
  [3, 1, Math.log(0.01)],
];

/**
 * The lexicon's share of words with their rendering on the other side is
 * about 0.76 for a true 1–1 link of the corpus and 0.12 for a chance pair
 * (medians): a link scores by how far its share stands above CHANCE_SHARE,
 * weighed by the square root of the words that show it. A share, not a
 * count, so that merging sentences gains nothing by having more words.
 */
const CHANCE_SHARE = 0.3;
/** A share of rendered words above a chance pair's median (0.12): some evidence of translation, if thin. */
const EVIDENCE_SHARE = 0.15;
const SHARE_WEIGHT = 2.0;
const FIGURE_MATCHED = 1.5;
const FIGURE_UNMATCHED = -2.5;
const LATIN_MATCHED = 1.2;
const LATIN_UNMATCHED = -1.5;
const HEADING_AGREES = 1.0;
const HEADING_DISAGREES = -2.0;
const COLON_AGREES = 0.6;
/** A heading, a date line or page furniture does not run into the sentence after it. */
const UNPUNCTUATED_INSIDE = -3.0;
const PARAGRAPH_CROSSED = -3.0;
const PARAGRAPH_END_DISAGREES = -2.0;
const PARAGRAPH_END_AGREES = 0.5;

export interface ScorerOptions {
  /** Whether line breaks are paragraph breaks worth following (false when paragraphs were joined into one stream). */
  paragraphCues: boolean;
}

interface RowMatcher {
  /** Packed counts for the pair of this row's Chinese sentence and an English one. */
  count(enKeys: Int32Array): number;
}

export class LinkScorer {
  private readonly zhCounted: number[];
  private readonly enCounted: number[];
  /**
   * Per sentence pair that a step inside the band can ask for: English words
   * whose rendering the Chinese sentence holds (high 16 bits) and Chinese
   * words whose rendering the English sentence holds (low 16 bits). Row i
   * holds the English sentences pairFrom[i]..; computed once by prepare().
   */
  private pairCounts = new Uint32Array(0);
  private pairFrom = new Int32Array(0);
  private pairOffset = new Int32Array(0);
  private pairWidth = new Int32Array(0);

  constructor(
    private readonly zh: readonly SentenceFeatures[],
    private readonly en: readonly SentenceFeatures[],
    private readonly keyCount: number,
    private readonly options: ScorerOptions,
  ) {
    this.zhCounted = zh.map((s) => s.wordKeys.length);
    this.enCounted = en.map((s) => s.enKeys.reduce((n, k) => (k >= 0 ? n + 1 : n), 0));
  }

  /**
   * Counts the lexicon matches of every sentence pair that a link inside the
   * band can hold; pairs a previous band already counted are copied, not
   * counted again (the second pass's band mostly lies inside the first's).
   */
  prepare(band: Band, longestStep: number): void {
    const n = this.zh.length;
    const m = this.en.length;
    const previous = { from: this.pairFrom, width: this.pairWidth, offset: this.pairOffset, counts: this.pairCounts };
    this.pairFrom = new Int32Array(n);
    this.pairWidth = new Int32Array(n);
    this.pairOffset = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      let from = m;
      let to = -1;
      for (let row = i + 1; row <= Math.min(n, i + longestStep); row++) {
        from = Math.min(from, band.lo[row] - longestStep);
        to = Math.max(to, band.hi[row] - 1);
      }
      from = Math.max(0, from);
      to = Math.min(m - 1, to);
      this.pairFrom[i] = from;
      this.pairWidth[i] = Math.max(0, to - from + 1);
      this.pairOffset[i + 1] = this.pairOffset[i] + this.pairWidth[i];
    }
    this.pairCounts = new Uint32Array(this.pairOffset[n]);
    const hadRows = previous.from.length === n;
    for (let i = 0; i < n; i++) {
      let row: RowMatcher | null = null;
      for (let j = this.pairFrom[i], k = this.pairOffset[i]; k < this.pairOffset[i + 1]; j++, k++) {
        const old = hadRows ? j - previous.from[i] : -1;
        if (old >= 0 && old < previous.width[i]) {
          this.pairCounts[k] = previous.counts[previous.offset[i] + old];
        } else {
          row ??= this.rowMatcher(i);
          this.pairCounts[k] = row.count(this.en[j].enKeys);
        }
      }
    }
  }

  private markZh: Int32Array | null = null;
  private localOf: Int32Array | null = null;
  private rowStamp = 0;
  private wordMark = new Int32Array(64);
  private wordStamp = 0;

  /**
   * For one Chinese sentence: its keys, each with the words that gloss to it
   * (compressed rows: the words of local key q are words[start[q]..start[q+1])),
   * so that counting a pair costs one pass over the English sentence's words.
   */
  private rowMatcher(i: number): RowMatcher {
    const markZh = (this.markZh ??= new Int32Array(this.keyCount).fill(-1));
    const localOf = (this.localOf ??= new Int32Array(this.keyCount));
    const stamp = ++this.rowStamp;
    const words = this.zh[i].wordKeys;
    let entries = 0;
    for (const word of words) entries += word.length;
    const countOf = new Int32Array(entries + 1);
    let locals = 0;
    for (const word of words) {
      for (let t = 0; t < word.length; t++) {
        const key = word[t];
        if (markZh[key] !== stamp) {
          markZh[key] = stamp;
          localOf[key] = locals++;
        }
        countOf[localOf[key]]++;
      }
    }
    const start = new Int32Array(locals + 1);
    for (let q = 0; q < locals; q++) start[q + 1] = start[q] + countOf[q];
    const fill = start.slice(0, locals);
    const wordsOf = new Int32Array(entries);
    words.forEach((word, w) => {
      for (let t = 0; t < word.length; t++) wordsOf[fill[localOf[word[t]]]++] = w;
    });
    if (this.wordMark.length < words.length) this.wordMark = new Int32Array(words.length * 2);
    return {
      count: (enKeys: Int32Array) => {
        const wordMark = this.wordMark;
        const wordStamp = ++this.wordStamp;
        let enMatched = 0;
        let zhMatched = 0;
        for (let t = 0; t < enKeys.length; t++) {
          const key = enKeys[t];
          if (key < 0 || markZh[key] !== stamp) continue;
          enMatched++;
          const q = localOf[key];
          for (let e = start[q]; e < start[q + 1]; e++) {
            const w = wordsOf[e];
            if (wordMark[w] !== wordStamp) {
              wordMark[w] = wordStamp;
              zhMatched++;
            }
          }
        }
        return ((Math.min(enMatched, 0xffff) << 16) | Math.min(zhMatched, 0xffff)) >>> 0;
      },
    };
  }

  /** Score of linking zh[i0..i1) with en[j0..j1); one side may be empty. */
  score(i0: number, i1: number, j0: number, j1: number, prior: number): number {
    if (i0 === i1 || j0 === j1) return prior;
    let s = prior + this.lengthScore(i0, i1, j0, j1) + this.lexicalScore(i0, i1, j0, j1);
    s += this.figureScore(i0, i1, j0, j1) + this.latinScore(i0, i1, j0, j1);
    const lastZh = this.zh[i1 - 1];
    const lastEn = this.en[j1 - 1];
    if (lastZh.unpunctuated || lastEn.unpunctuated) s += lastZh.unpunctuated === lastEn.unpunctuated ? HEADING_AGREES : HEADING_DISAGREES;
    if (lastZh.endsWithColon && lastEn.endsWithColon) s += COLON_AGREES;
    for (let i = i0; i < i1 - 1; i++) if (this.zh[i].unpunctuated) s += UNPUNCTUATED_INSIDE;
    for (let j = j0; j < j1 - 1; j++) if (this.en[j].unpunctuated) s += UNPUNCTUATED_INSIDE;
    if (this.options.paragraphCues) s += this.paragraphScore(i0, i1, j0, j1);
    return s;
  }

  /** The score's length and lexicon parts only: enough to find the path's course in the first, wide pass. */
  courseScore(i0: number, i1: number, j0: number, j1: number, prior: number): number {
    if (i0 === i1 || j0 === j1) return prior;
    const delta = this.lengthDelta(i0, i1, j0, j1);
    // The Gaussian's log density, cheaper than its tail and as good for a course.
    return prior - 0.5 * delta * delta + this.lexicalScore(i0, i1, j0, j1);
  }

  private lengthScore(i0: number, i1: number, j0: number, j1: number): number {
    return logTwoSidedTail(Math.abs(this.lengthDelta(i0, i1, j0, j1)));
  }

  /** Gale & Church's δ: how far the English length stands from the Chinese one's expectation, in standard deviations. */
  private lengthDelta(i0: number, i1: number, j0: number, j1: number): number {
    let zhLength = 0;
    let enLength = 0;
    for (let i = i0; i < i1; i++) zhLength += this.zh[i].length;
    for (let j = j0; j < j1; j++) enLength += this.en[j].length;
    const expected = Math.max(1, zhLength);
    return (enLength - EN_PER_ZH_CHARACTER * expected) / Math.sqrt(LENGTH_VARIANCE * expected);
  }

  private lexicalScore(i0: number, i1: number, j0: number, j1: number): number {
    const { matched, total } = this.wordMatches(i0, i1, j0, j1);
    return total === 0 ? 0 : SHARE_WEIGHT * (matched / total - CHANCE_SHARE) * Math.sqrt(total);
  }

  /** Content words of both runs, and how many of them have their rendering on the other side. */
  private wordMatches(i0: number, i1: number, j0: number, j1: number): { matched: number; total: number } {
    let matched = 0;
    let total = 0;
    for (let j = j0; j < j1; j++) {
      let m = 0;
      for (let i = i0; i < i1; i++) m += this.pair(i, j) >>> 16;
      matched += Math.min(m, this.enCounted[j]);
      total += this.enCounted[j];
    }
    for (let i = i0; i < i1; i++) {
      let m = 0;
      for (let j = j0; j < j1; j++) m += this.pair(i, j) & 0xffff;
      matched += Math.min(m, this.zhCounted[i]);
      total += this.zhCounted[i];
    }
    return { matched, total };
  }

  /**
   * Whether anything in the two runs speaks for their being translations of
   * each other: words rendered beyond chance, or a figure or Latin string
   * carried over. A link without it may still be the best the path can do
   * (two lines of page furniture facing each other), which its posterior
   * alone cannot tell.
   */
  hasEvidence(i0: number, i1: number, j0: number, j1: number): boolean {
    const { matched, total } = this.wordMatches(i0, i1, j0, j1);
    if (total > 0 && matched / total >= EVIDENCE_SHARE) return true;
    return this.figureScore(i0, i1, j0, j1) > 0 || this.latinScore(i0, i1, j0, j1) > 0;
  }

  private pair(i: number, j: number): number {
    const k = j - this.pairFrom[i];
    return k >= 0 && k < this.pairWidth[i] ? this.pairCounts[this.pairOffset[i] + k] : 0;
  }

  private figureScore(i0: number, i1: number, j0: number, j1: number): number {
    let s = 0;
    for (let i = i0; i < i1; i++) {
      for (const value of this.zh[i].figures) s += this.readableIn(this.en, j0, j1, value) ? FIGURE_MATCHED : FIGURE_UNMATCHED;
    }
    for (let j = j0; j < j1; j++) {
      for (const value of this.en[j].figures) s += this.readableIn(this.zh, i0, i1, value) ? FIGURE_MATCHED : FIGURE_UNMATCHED;
    }
    return s;
  }

  private readableIn(side: readonly SentenceFeatures[], from: number, to: number, value: number): boolean {
    for (let k = from; k < to; k++) if (side[k].readable().has(value)) return true;
    return false;
  }

  private latinScore(i0: number, i1: number, j0: number, j1: number): number {
    let s = 0;
    for (let i = i0; i < i1; i++) {
      for (const word of this.zh[i].latin) {
        let found = false;
        for (let j = j0; j < j1 && !found; j++) found = this.en[j].latin.includes(word);
        s += found ? LATIN_MATCHED : LATIN_UNMATCHED;
      }
    }
    return s;
  }

  private paragraphScore(i0: number, i1: number, j0: number, j1: number): number {
    let s = 0;
    for (let i = i0 + 1; i < i1; i++) if (this.zh[i].firstInParagraph) s += PARAGRAPH_CROSSED;
    for (let j = j0 + 1; j < j1; j++) if (this.en[j].firstInParagraph) s += PARAGRAPH_CROSSED;
    const zhEnds = this.zh[i1 - 1].lastInParagraph;
    const enEnds = this.en[j1 - 1].lastInParagraph;
    s += zhEnds === enEnds ? (zhEnds ? PARAGRAPH_END_AGREES : 0) : PARAGRAPH_END_DISAGREES;
    return s;
  }
}

/** log(2·(1 − Φ(x))) for x ≥ 0, with an asymptotic tail so it never reaches −∞. */
export function logTwoSidedTail(x: number): number {
  if (x < 5) return Math.log(Math.max(1e-300, erfc(x / Math.SQRT2)));
  return -x * x / 2 - Math.log(x) - 0.5 * Math.log(Math.PI / 2);
}

/** Complementary error function (Numerical Recipes' erfcc, relative error under 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
