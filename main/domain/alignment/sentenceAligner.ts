import { alignInBand, fullBand, normaliseBand, type Band, type LatticeLink, type LatticeStep } from './bandedLattice';
import { LINK_TYPES, LinkScorer, type ScorerOptions } from './linkScorer';
import type { SentenceFeatures } from './sentenceFeatures';

/** A link between runs of sentences, by their indices in the two lists. */
export interface AlignedLink {
  zh: number[];
  en: number[];
  /** Posterior probability of the link, 0–1. */
  confidence: number;
}

const ALL_STEPS: LatticeStep[] = LINK_TYPES.map(([a, b, prior]) => ({ a, b, prior }));
const LONGEST_STEP = Math.max(...ALL_STEPS.map((s) => Math.max(s.a, s.b)));
/** The first pass only needs the path's course, not its link types. */
const FIRST_PASS_STEPS = ALL_STEPS.filter((s) => s.a + s.b <= 3);
/** Grids up to this many cells are aligned whole in one pass. */
const WHOLE_GRID = 2500;
/**
 * Half-width of the first pass's band around the length diagonal. When the
 * course found comes near the band's edge (an inserted page, a dropped
 * section), the band is doubled and the pass run again, as hunalign does.
 */
const FIRST_BAND_HALF_WIDTH = 40;
const EDGE_MARGIN = 4;
/**
 * A pair with nothing in it that speaks for a translation (see
 * LinkScorer.hasEvidence) keeps at most this share of its posterior: on the
 * held-out free translations, such pairs were mostly page furniture and
 * bylines facing each other.
 */
const WITHOUT_EVIDENCE = 0.5;
/** Half-width of the second pass's band around the first path. */
const SECOND_BAND_HALF_WIDTH = 8;

/**
 * Aligns two lists of sentences, the way Bertalign does with embeddings but
 * with the scores of LinkScorer: for long texts, a first pass finds the
 * path's course in a wide band around the length diagonal, then a second
 * pass, with every link type and the confidences, runs in a narrow band
 * around that course.
 */
export function alignSentenceLists(
  zh: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  keyCount: number,
  options: ScorerOptions,
  /** Rows of the lattice done, of 2 × the Chinese sentences (two passes). */
  onProgress?: (done: number, total: number) => void,
): AlignedLink[] {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...zh.map((_, i) => ({ zh: [i], en: [], confidence: 1 })), ...en.map((_, j) => ({ zh: [], en: [j], confidence: 1 }))];
  }
  const scorer = new LinkScorer(zh, en, keyCount, options);
  let band: Band;
  if ((n + 1) * (m + 1) <= WHOLE_GRID) {
    band = fullBand(n, m);
  } else {
    band = bandAround(findCourse(zh, en, scorer, onProgress && ((row) => onProgress(row, 2 * n))), n, m, SECOND_BAND_HALF_WIDTH);
  }
  scorer.prepare(band, LONGEST_STEP);
  const secondPass = onProgress && ((row: number) => onProgress(n + row, 2 * n));
  return alignInBand(n, m, band, ALL_STEPS, scorer.score.bind(scorer), true, secondPass).map((link) => {
    const aligned = toAlignedLink(link);
    const paired = link.i1 > link.i0 && link.j1 > link.j0;
    if (paired && !scorer.hasEvidence(link.i0, link.i1, link.j0, link.j1)) aligned.confidence *= WITHOUT_EVIDENCE;
    return aligned;
  });
}

/** The first pass: the path's course, in a band around the length diagonal that widens until the course keeps clear of its edges. */
function findCourse(zh: readonly SentenceFeatures[], en: readonly SentenceFeatures[], scorer: LinkScorer, onRow?: (row: number) => void): LatticeLink[] {
  const n = zh.length;
  const m = en.length;
  for (let halfWidth = FIRST_BAND_HALF_WIDTH; ; halfWidth *= 2) {
    const band = lengthDiagonalBand(zh, en, halfWidth);
    scorer.prepare(band, LONGEST_STEP);
    const course = alignInBand(n, m, band, FIRST_PASS_STEPS, scorer.courseScore.bind(scorer), false, onRow);
    if (halfWidth >= Math.max(n, m) || !nearEdge(course, band, n, m)) return course;
  }
}

function nearEdge(course: readonly LatticeLink[], band: Band, n: number, m: number): boolean {
  return course.some(({ i1, j1 }) => {
    const loEdge = band.lo[i1] > 0 && j1 - band.lo[i1] < EDGE_MARGIN;
    const hiEdge = band.hi[i1] < m && band.hi[i1] - j1 < EDGE_MARGIN;
    return i1 < n && (loEdge || hiEdge);
  });
}

function toAlignedLink(link: LatticeLink): AlignedLink {
  return {
    zh: range(link.i0, link.i1),
    en: range(link.j0, link.j1),
    confidence: Number.isNaN(link.posterior) ? 0 : link.posterior,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** Rows centred where the share of English text read equals the share of Chinese text read. */
function lengthDiagonalBand(zh: readonly SentenceFeatures[], en: readonly SentenceFeatures[], halfWidth: number): Band {
  const n = zh.length;
  const m = en.length;
  const zhTotal = zh.reduce((t, s) => t + s.length + 1, 0);
  const enCumulative = new Float64Array(m + 1);
  for (let j = 0; j < m; j++) enCumulative[j + 1] = enCumulative[j] + en[j].length + 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let zhRead = 0;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const target = (zhRead / zhTotal) * enCumulative[m];
    while (j < m && enCumulative[j + 1] <= target) j++;
    lo[i] = j - halfWidth;
    hi[i] = j + halfWidth;
    if (i < n) zhRead += zh[i].length + 1;
  }
  return normaliseBand({ lo, hi }, m);
}

function bandAround(course: readonly LatticeLink[], n: number, m: number, halfWidth: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const mark = (i: number, j: number) => {
    lo[i] = Math.min(lo[i], j - halfWidth);
    hi[i] = Math.max(hi[i], j + halfWidth);
  };
  mark(0, 0);
  for (const link of course) {
    for (let i = link.i0; i <= link.i1; i++) for (let j = link.j0; j <= link.j1; j++) mark(i, j);
  }
  return normaliseBand({ lo, hi }, m);
}
