import { describe, expect, it } from 'vitest';
import { PairCounts } from '../../../main/domain/search/commonPairs';

describe('counting pairs of adjacent characters', () => {
  it('keeps every count through the table growing, and names the pairs at or over a threshold', () => {
    const counts = new PairCounts();
    // 200,000 distinct pairs of CJK characters, far past the first table's 65,536 slots; every tenth counted three times.
    const cjk = (n: number) => String.fromCharCode(0x4e00 + n);
    const pairs: string[][] = [];
    for (let a = 0; a < 500; a++) for (let b = 0; b < 400; b++) pairs.push([cjk(a), cjk(b)]);
    pairs.forEach((pair, i) => {
      for (let k = 0; k < (i % 10 === 0 ? 3 : 1); k++) counts.add(pair);
    });
    const common = counts.atLeast(3);
    expect(common).toHaveLength(20_000);
    expect(new Set(common)).toEqual(new Set(pairs.filter((_, i) => i % 10 === 0).map(([a, b]) => a + b)));
    expect(counts.atLeast(1)).toHaveLength(200_000);
  });

  it('counts pairs inside a text, and leaves out pairs with ASCII, hex tokens or astral characters', () => {
    const counts = new PairCounts();
    counts.add(['健', '康', '健', '康']);
    counts.add(['5', 'G', '网']);
    counts.add(['000035', '网']);
    counts.add(['𠀀', '网', '络']);
    expect(counts.atLeast(2)).toEqual(['健康']);
    expect(counts.atLeast(1).sort()).toEqual(['健康', '康健', '网络'].sort());
  });
});
