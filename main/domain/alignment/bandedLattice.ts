/**
 * Dynamic programming over a band of the (Chinese × English) sentence grid.
 * Cell (i, j) means "the first i Chinese and j English sentences are
 * aligned"; a step of type (a, b) links the next a and b of them. Row i holds
 * the columns lo[i]..hi[i]. The best path is found by Viterbi, and each of
 * its links gets the posterior probability of the forward–backward sums over
 * every path in the band: that is its confidence.
 */
export interface LatticeStep {
  /** Sentences taken on each side. */
  a: number;
  b: number;
  prior: number;
}

export type StepScore = (i0: number, i1: number, j0: number, j1: number, prior: number) => number;

export interface LatticeLink {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  /** Posterior probability in [0, 1], or NaN when not asked for. */
  posterior: number;
}

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

const ROWS_PER_REPORT = 32;

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Makes the band monotone and wide enough that (0,0) reaches (n,m) by the unit steps. */
export function normaliseBand(band: Band, m: number): Band {
  const n = band.lo.length - 1;
  const lo = Int32Array.from(band.lo, (v) => Math.max(0, Math.min(m, v)));
  const hi = Int32Array.from(band.hi, (v) => Math.max(0, Math.min(m, v)));
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i], hi[i + 1]);
  for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
  // Consecutive rows must overlap, or no step links them.
  for (let i = 1; i <= n; i++) if (lo[i] > hi[i - 1]) hi[i - 1] = lo[i];
  return { lo, hi };
}

export function alignInBand(
  n: number,
  m: number,
  band: Band,
  steps: readonly LatticeStep[],
  score: StepScore,
  posteriors: boolean,
  /** Told the row reached now and then, so long work can report its progress. */
  onRow?: (row: number) => void,
): LatticeLink[] {
  const { lo, hi } = band;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  const cells = offset[n + 1];
  const at = (i: number, j: number) => (i < 0 || i > n || j < lo[i] || j > hi[i] ? -1 : offset[i] + j - lo[i]);

  const best = new Float64Array(cells).fill(-Infinity);
  const back = new Int8Array(cells).fill(-1);
  const forward = posteriors ? new Float64Array(cells).fill(-Infinity) : null;
  /** Every step's score into each cell, kept for the backward pass. */
  const stepScores = posteriors ? new Float64Array(cells * steps.length).fill(NaN) : null;
  best[0] = 0;
  if (forward) forward[0] = 0;

  for (let i = 0; i <= n; i++) {
    if (onRow && i % ROWS_PER_REPORT === 0) onRow(i);
    for (let j = lo[i]; j <= hi[i]; j++) {
      const cell = offset[i] + j - lo[i];
      if (cell === 0) continue;
      let top = -Infinity;
      let topStep = -1;
      let sum = -Infinity;
      for (let s = 0; s < steps.length; s++) {
        const { a, b, prior } = steps[s];
        const from = at(i - a, j - b);
        if (from < 0 || best[from] === -Infinity) continue;
        const value = score(i - a, i, j - b, j, prior);
        if (stepScores) stepScores[cell * steps.length + s] = value;
        const total = best[from] + value;
        if (total > top) {
          top = total;
          topStep = s;
        }
        if (forward) sum = logAdd(sum, forward[from] + value);
      }
      best[cell] = top;
      back[cell] = topStep;
      if (forward) forward[cell] = sum;
    }
  }

  const links: LatticeLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = at(i, j);
    const s = cell < 0 ? -1 : back[cell];
    if (s < 0) throw new Error(`No path through the band at (${i}, ${j})`);
    const { a, b } = steps[s];
    links.push({ i0: i - a, i1: i, j0: j - b, j1: j, posterior: NaN });
    i -= a;
    j -= b;
  }
  links.reverse();

  if (forward && stepScores) {
    const backward = new Float64Array(cells).fill(-Infinity);
    backward[cells - 1] = 0;
    for (let r = n; r >= 0; r--) {
      for (let c = hi[r]; c >= lo[r]; c--) {
        const cell = offset[r] + c - lo[r];
        if (backward[cell] === -Infinity) continue;
        for (let s = 0; s < steps.length; s++) {
          const value = stepScores[cell * steps.length + s];
          if (Number.isNaN(value)) continue;
          const from = at(r - steps[s].a, c - steps[s].b);
          backward[from] = logAdd(backward[from], backward[cell] + value);
        }
      }
    }
    const total = forward[cells - 1];
    for (const link of links) {
      const from = at(link.i0, link.j0);
      const to = at(link.i1, link.j1);
      const s = steps.findIndex((step) => step.a === link.i1 - link.i0 && step.b === link.j1 - link.j0);
      const value = stepScores[to * steps.length + s];
      link.posterior = Math.min(1, Math.exp(forward[from] + value + backward[to] - total));
    }
  }
  return links;
}

/** log(eˣ + eʸ); a term e⁴⁰ times smaller than the other changes nothing a double can hold. */
function logAdd(x: number, y: number): number {
  const high = x > y ? x : y;
  const gap = x > y ? y - x : x - y;
  if (high === -Infinity || gap < -40) return high;
  return high + Math.log1p(Math.exp(gap));
}
