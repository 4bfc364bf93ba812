import { EN_PER_ZH_CHARACTER, LENGTH_VARIANCE, logTwoSidedTail } from '../../../main/domain/alignment/linkScorer';

/**
 * The peer: Gale & Church's length-only aligner (1993), written here with
 * the same care as ours and given the same measured length ratio and
 * variance, its own link-type priors, and the whole grid (no band).
 */
const STEPS: [number, number, number][] = [
  [1, 1, Math.log(0.89)],
  [1, 0, Math.log(0.0099 / 2)],
  [0, 1, Math.log(0.0099 / 2)],
  [2, 1, Math.log(0.089 / 2)],
  [1, 2, Math.log(0.089 / 2)],
  [2, 2, Math.log(0.011)],
];

export function galeChurch(zhLengths: readonly number[], enLengths: readonly number[]): { zh: number[]; en: number[] }[] {
  const n = zhLengths.length;
  const m = enLengths.length;
  const zhPrefix = prefixSums(zhLengths);
  const enPrefix = prefixSums(enLengths);
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      let topStep = -1;
      STEPS.forEach(([a, b, prior], s) => {
        if (i < a || j < b) return;
        const from = best[(i - a) * width + (j - b)];
        if (from === -Infinity) return;
        let value = prior;
        if (a > 0 && b > 0) {
          const zh = Math.max(1, zhPrefix[i] - zhPrefix[i - a]);
          const en = enPrefix[j] - enPrefix[j - b];
          value += logTwoSidedTail(Math.abs((en - EN_PER_ZH_CHARACTER * zh) / Math.sqrt(LENGTH_VARIANCE * zh)));
        }
        if (from + value > top) {
          top = from + value;
          topStep = s;
        }
      });
      best[i * width + j] = top;
      back[i * width + j] = topStep;
    }
  }
  const links: { zh: number[]; en: number[] }[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = STEPS[back[i * width + j]];
    links.push({ zh: Array.from({ length: a }, (_, k) => i - a + k), en: Array.from({ length: b }, (_, k) => j - b + k) });
    i -= a;
    j -= b;
  }
  return links.reverse();
}

function prefixSums(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, k) => (out[k + 1] = out[k] + v));
  return out;
}
