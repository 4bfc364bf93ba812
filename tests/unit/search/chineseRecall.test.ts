import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../main/domain/search/textNormalizer';
import { bundledSources } from '../../helpers/corpus';
import { bundledSearch } from '../../helpers/search';

const HAN = /^\p{Script=Han}+$/u;

/** Every segment id whose folded text holds `needle`: the reference the index must equal. */
function bruteForce(segments: { id: string; text: string }[], needle: string): string[] {
  const folded = foldText(needle);
  return segments.filter((s) => s.text.includes(folded)).map((s) => s.id);
}

describe('Chinese recall is exact', () => {
  const sources = bundledSources();
  const segments = sources.flatMap(({ document, segments }) =>
    segments.map((s) => ({ id: `${document.id}:${s.id}`, text: foldText(`${s.zh ?? ''}\u0000${s.en ?? ''}`) })),
  );
  // The sample: every distinct character of the Chinese sides, and every 7th distinct pair of adjacent characters.
  const chars = new Set<string>();
  const pairs = new Set<string>();
  for (const { segments: list } of sources) {
    for (const s of list) {
      const zh = [...(s.zh ?? '')];
      zh.forEach((c, i) => {
        if (HAN.test(c)) chars.add(c);
        if (i + 1 < zh.length && HAN.test(c + zh[i + 1])) pairs.add(c + zh[i + 1]);
      });
    }
  }
  const sample = [...chars, ...[...pairs].filter((_, i) => i % 7 === 0)];

  it(`returns every segment holding each 1- and 2-character string, no more, no fewer (${sample.length} strings)`, () => {
    const { search, corpus } = bundledSearch();
    const wrong: string[] = [];
    for (const needle of sample) {
      const result = search.search({ query: needle, limit: 1000 });
      const found = result.hits.map((h) => h.segmentId).sort();
      const expected = bruteForce(segments, needle).sort();
      if (result.total !== expected.length || JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(needle);
    }
    corpus.close();
    expect(sample.length).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('matches Traditional for Simplified and full-width for half-width', () => {
    const { search, corpus } = bundledSearch();
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const simplified of ['卫生', '医养结合', '卫生健康法治', '国民健康规划', '职业病']) {
      const traditional = toTraditional(simplified);
      expect(traditional).not.toBe(simplified);
      const a = search.search({ query: simplified, limit: 1000 }).hits.map((h) => h.segmentId);
      const b = search.search({ query: traditional, limit: 1000 }).hits.map((h) => h.segmentId);
      expect(b, traditional).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    }
    const half = search.search({ query: '2025', limit: 1000 }).total;
    expect(search.search({ query: '２０２５', limit: 1000 }).total).toBe(half);
    expect(half).toBeGreaterThan(10);
    corpus.close();
  });
});
