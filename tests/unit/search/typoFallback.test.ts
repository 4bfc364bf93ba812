import { describe, expect, it } from 'vitest';
import { typoFallback } from '../../../main/domain/search/typoFallback';
import { bundledSearch } from '../../helpers/search';

describe('a search that corrects a typo', () => {
  const { search } = bundledSearch();

  it('says what it searched for instead, and the exact search does not correct', () => {
    const corrected = search.search({ query: 'Hosptial care', prefix: true });
    expect(corrected.total).toBeGreaterThan(0);
    expect(corrected.fallback).toEqual({ kind: 'typo', query: 'hospital care', corrections: [{ typed: 'hosptial', searchedFor: ['hospital'] }] });

    const exact = search.search({ query: 'Hosptial care', exact: true });
    expect(exact.fallback).toBeNull();
    expect(exact.total).toBe(0);
  });

  it('reports no fallback for known words, nor for a word being typed that starts known ones', () => {
    expect(search.search({ query: 'hospitals' }).fallback).toBeNull();
    expect(search.search({ query: 'hospit', prefix: true }).fallback).toBeNull();
    expect(search.search({ query: '医院' }).fallback).toBeNull();
  });

  it('marks in every hit the words that matched: corrections, their forms, completions and phrases by stem', () => {
    for (const [query, prefix] of [['hosptial', false], ['serivces', true], ['medcal insurance', false], ['plann', true], ['"public hospital"', false], ['healthy chin', true]] as const) {
      const results = search.search({ query, prefix, limit: 100 });
      expect(results.hits.length, query).toBeGreaterThan(0);
      const bare = results.hits.filter((hit) => !hit.zh?.highlights.length && !hit.en?.highlights.length);
      expect(bare.map((hit) => hit.segmentId), query).toEqual([]);
    }
    // "hospitals" is a form of the correction "hospital", so it is marked too.
    const plural = search.search({ query: 'hosptial', limit: 100 }).hits.map((hit) => hit.en!).filter((en) => /hospitals/i.test(en.text));
    expect(plural.length).toBeGreaterThan(0);
    for (const en of plural) expect(en.highlights.map(([a, b]) => en.text.slice(a, b).toLowerCase())).toContain('hospitals');
  });
});

describe('typoFallback', () => {
  it('replaces each typed word, whole and whatever its case, by its closest correction', () => {
    const corrections = new Map([['medcal', ['medical', 'medal']]]);
    expect(typoFallback('Medcal "medcal insurance" -medcals', corrections)?.query).toBe('medical "medical insurance" -medcals');
    expect(typoFallback('medcal', new Map())).toBeNull();
  });
});
