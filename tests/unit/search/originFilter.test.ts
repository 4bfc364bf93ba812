import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../../contract/search';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { indexSegments } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';
import { bundledSearch } from '../../helpers/search';

const PLAN = 'national-health-plan-14th-fyp-2022';

// Issue #12: a hit says where each side comes from, and search can keep to published text.
describe('the provenance of search hits', () => {
  it('filters on the side the query was found on: counts with and without the filter', () => {
    const { search, corpus } = bundledSearch();
    const run = (request: Omit<SearchRequest, 'limit'>) => search.search({ limit: 100, ...request });
    // 医养结合 is found on Chinese sides only: once in the plan's published Chinese, once in our rendering of its opening.
    const any = run({ query: '医养结合' });
    const published = run({ query: '医养结合', origin: 'published' });
    const rendered = run({ query: '医养结合', origin: 'reference-translation' });
    expect(any.total).toBe(2);
    expect(published.total).toBe(1);
    expect(rendered.total).toBe(1);
    expect(published.hits[0].origin).toEqual({ zh: 'published', en: 'reference-translation' });
    expect(rendered.hits[0].origin).toEqual({ zh: 'reference-translation', en: 'published' });
    expect(published.documents).toEqual([{ documentId: PLAN, count: 1 }]);
    // 健康中国 appears only in renderings: an official keeping to published text finds none.
    expect(run({ query: '健康中国' }).total).toBeGreaterThan(0);
    expect(run({ query: '健康中国', origin: 'published' }).total).toBe(0);

    // "hospital" in English: published in four documents, rendered only in the plan's stretch translated by us.
    const englishRendered = run({ query: 'hospital', language: 'en', origin: 'reference-translation' });
    expect(englishRendered.total).toBeGreaterThan(0);
    expect(englishRendered.total).toBeLessThan(run({ query: 'hospital', language: 'en' }).total);
    expect(englishRendered.hits.every((h) => h.documentId === PLAN && h.origin.en === 'reference-translation')).toBe(true);
    corpus.close();
  });

  it('does not count a hit found only in a rendering as published, though its other side is', () => {
    const { search, corpus } = bundledSearch();
    // 中山医院 is in our Chinese rendering of the hospital news, whose English is published.
    const query = '中山医院';
    expect(search.search({ query, documentIds: ['shgh-public-hospital-pilot'] }).total).toBeGreaterThan(0);
    expect(search.search({ query, documentIds: ['shgh-public-hospital-pilot'], origin: 'published' }).total).toBe(0);
    corpus.close();
  });

  it('gives each side its provenance and the review note of a flagged paragraph', () => {
    const { search, corpus } = bundledSearch();
    const [hit] = search.search({ query: 'State Office issued', documentIds: [PLAN] }).hits;
    expect(hit.segmentId).toBe(`${PLAN}:p0002`);
    expect(hit.origin).toEqual({ zh: 'reference-translation', en: 'published' });
    expect(hit.reviewNote?.en).toContain('Guo Ban Fa [2022] No. 11');
    expect(hit.reviewNote?.['zh-CN']).toContain('逐字直译');
    const [unflagged] = search.search({ query: '医养结合', origin: 'published' }).hits;
    expect(unflagged.reviewNote).toBeNull();
    corpus.close();
  });

  it('says nothing of a user document’s provenance, and leaves it out of a provenance filter', () => {
    const user = openConnection(':memory:');
    migrate(user, userDatabaseMigrations);
    const { corpus } = bundledSearch();
    const search = new SearchService([{ db: corpus.connection, provenance: corpus.provenance }, user]);
    const mine = { segmentId: 'my-notes:p0001', documentId: 'my-notes', docType: 'news', docDate: null, kind: 'paragraph', position: 0, zh: '医养结合试点。', en: null };
    user.transaction(() => indexSegments(user, [mine]))();
    const all = search.search({ query: '医养结合' });
    expect(all.hits.find((h) => h.documentId === 'my-notes')).toMatchObject({ origin: { zh: null, en: null }, reviewNote: null });
    expect(all.total).toBe(3);
    const published = search.search({ query: '医养结合', origin: 'published' });
    expect(published.hits.map((h) => h.documentId)).toEqual([PLAN]);
    corpus.close();
  });
});
