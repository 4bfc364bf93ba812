import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { indexSegments } from '../../../main/domain/search/searchIndex';
import { COUNT_CAP, SearchService } from '../../../main/domain/search/searchService';
import { bundledSearch } from '../../helpers/search';

/** Every page of a query, 100 hits at a time, until a page comes back short. */
function allPages(search: SearchService, query: string, filters: { language?: 'en' } = {}) {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = search.search({ query, ...filters, offset, limit: 100 });
    ids.push(...page.hits.map((h) => h.segmentId));
    if (page.hits.length < 100) return { ids, first: search.search({ query, ...filters, limit: 50 }) };
  }
}

describe('paging through search results (issue #12: every match reachable)', () => {
  it('reaches every match of a query with more than 100 hits in the corpus, each once, as many as the count says', () => {
    const { search, corpus } = bundledSearch();
    for (const filters of [{}, { language: 'en' as const }]) {
      const { ids, first } = allPages(search, 'the', filters);
      expect(first.total).toBeGreaterThan(100);
      expect(first.totalIsCapped).toBe(false);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(first.total);
      // The first page is the start of the same order.
      expect(first.hits.map((h) => h.segmentId)).toEqual(ids.slice(0, 50));
    }
    corpus.close();
  });

  it('pages past the count cap: a deep page counts on, and the count says "at least" until it is exact', () => {
    const user = openConnection(':memory:');
    migrate(user, userDatabaseMigrations);
    const many = COUNT_CAP + 150;
    const segments = Array.from({ length: many }, (_, i) => ({
      segmentId: `big-report:p${String(i + 1).padStart(4, '0')}`,
      documentId: 'big-report',
      docType: 'news',
      docDate: '2026-11-01',
      kind: 'paragraph' as const,
      position: i,
      zh: `第${i + 1}条：推进分级诊疗制度建设。`,
      en: `Item ${i + 1}: advance the tiered diagnosis and treatment system.`,
    }));
    user.transaction(() => indexSegments(user, segments))();
    const search = new SearchService([user]);
    const first = search.search({ query: '分级诊疗', limit: 50 });
    expect(first.total).toBe(COUNT_CAP);
    expect(first.totalIsCapped).toBe(true);
    const { ids } = allPages(search, '分级诊疗');
    expect(ids.length).toBe(many);
    expect(new Set(ids).size).toBe(many);
    const last = search.search({ query: '分级诊疗', offset: many - 50, limit: 100 });
    expect(last.total).toBe(many);
    expect(last.totalIsCapped).toBe(false);
    expect(last.hits).toHaveLength(50);
  });
});
