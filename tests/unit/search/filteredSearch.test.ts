import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { indexSegments, type IndexableSegment } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';
import type { SearchRequest } from '../../../contract/search';

/** Four documents of different types and dates. */
const DOCUMENTS = [
  { id: 'plan-2019', type: 'plan', date: '2019-03-01' },
  { id: 'news-2021', type: 'news', date: '2021-06-15' },
  { id: 'release-2023', type: 'press-release', date: '2023-09-30' },
  { id: 'plan-2025', type: 'plan', date: '2025-01-10' },
];

/** 400 paragraphs a document: 健康 in every one, 罕见 in every 37th (counted across the documents), one heading every 25. */
function segments(documents: readonly { id: string; type: string; date: string }[]): IndexableSegment[] {
  return documents.flatMap((d, n) =>
    Array.from({ length: 400 }, (_, i) => ({
      segmentId: `${d.id}:p${String(i).padStart(4, '0')}`,
      documentId: d.id,
      docType: d.type,
      docDate: d.date,
      kind: i % 25 === 0 ? 'heading' : 'paragraph',
      position: i,
      zh: `第${n * 400 + i}段：推进健康城市建设${(n * 400 + i) % 37 === 0 ? '，关注罕见病患者' : ''}。`,
      en: `Paragraph ${i}: build healthy cities${(n * 400 + i) % 37 === 0 ? ', with care for rare diseases' : ''}.`,
    })),
  );
}

/** Every page of a filtered query, 100 hits at a time. */
function allHits(search: SearchService, request: SearchRequest): string[] {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = search.search({ ...request, offset, limit: 100 });
    ids.push(...page.hits.map((h) => h.segmentId));
    if (page.hits.length < 100) return ids;
  }
}

describe('document, type and date filters (answered from the documents’ rowid ranges)', () => {
  const db = openConnection(':memory:');
  migrate(db, userDatabaseMigrations);
  const all = segments(DOCUMENTS);
  db.transaction(() => indexSegments(db, all))();
  const search = new SearchService([db]);
  const expected = (text: string, keep: (s: IndexableSegment) => boolean) => all.filter((s) => keep(s) && s.zh!.includes(text)).map((s) => s.segmentId).sort();

  const filters: [string, Partial<SearchRequest>, (s: IndexableSegment) => boolean][] = [
    ['one document', { documentIds: ['news-2021'] }, (s) => s.documentId === 'news-2021'],
    ['two documents', { documentIds: ['plan-2019', 'plan-2025'] }, (s) => s.documentId.startsWith('plan-')],
    ['a type', { types: ['plan'] }, (s) => s.docType === 'plan'],
    ['a date range', { dateFrom: '2020-01-01', dateTo: '2023-12-31' }, (s) => s.docDate! >= '2020-01-01' && s.docDate! <= '2023-12-31'],
    ['a type and a date', { types: ['plan'], dateFrom: '2024-01-01' }, (s) => s.docType === 'plan' && s.docDate! >= '2024-01-01'],
  ];

  for (const [name, filter, keep] of filters) {
    it(`${name}: a frequent string counts and pages through exactly the matches it keeps, headings first`, () => {
      const first = search.search({ query: '健康', ...filter, limit: 20 });
      const want = expected('健康', keep);
      expect(first.total).toBe(want.length);
      expect(first.hits[0].kind).toBe('heading');
      expect(allHits(search, { query: '健康', ...filter }).sort()).toEqual(want);
    });

    it(`${name}: a rare string (ranked by bm25) finds exactly the matches it keeps`, () => {
      const result = search.search({ query: '罕见', ...filter, limit: 100 });
      const want = expected('罕见', keep);
      expect(want.length).toBeGreaterThan(0);
      expect(result.total).toBe(want.length);
      expect(result.hits.map((h) => h.segmentId).sort()).toEqual(want);
      expect(result.documents.reduce((n, d) => n + d.count, 0)).toBe(want.length);
    });
  }

  it('a filter that keeps no document finds nothing', () => {
    expect(search.search({ query: '健康', dateFrom: '2030-01-01' }).total).toBe(0);
    expect(search.search({ query: '健康', documentIds: ['no-such-document'] }).hits).toEqual([]);
  });
});

describe('a date filter keeping many separate runs of documents (their span walked once, chunk by chunk)', () => {
  // Twelve documents of 400 paragraphs, 2020 and 2024 in turn: a filter on 2020 keeps six runs, more than are sought one by one,
  // and the span from the first to the last holds more matches than one chunk of the walk.
  const documents = Array.from({ length: 12 }, (_, n) => ({ id: `doc-${String(n).padStart(2, '0')}`, type: 'plan', date: n % 2 === 0 ? '2020-05-01' : '2024-05-01' }));
  const all = segments(documents);
  const db = openConnection(':memory:');
  migrate(db, userDatabaseMigrations);
  db.transaction(() => indexSegments(db, all))();
  const search = new SearchService([db]);
  const in2020 = { dateFrom: '2020-01-01', dateTo: '2020-12-31' };
  const expected = (text: string) => all.filter((s) => s.docDate!.startsWith('2020') && s.zh!.includes(text)).map((s) => s.segmentId).sort();

  it('counts to the cap and pages through exactly the 2,400 matches it keeps, headings first', () => {
    const first = search.search({ query: '健康', ...in2020, limit: 20 });
    expect(first.total).toBe(1000);
    expect(first.totalIsCapped).toBe(true);
    expect(first.hits[0].kind).toBe('heading');
    expect(first.hits.every((h) => h.documentId.match(/doc-\d[02468]$/))).toBe(true);
    expect(allHits(search, { query: '健康', ...in2020 }).sort()).toEqual(expected('健康'));
  });

  it('ranks every match of a rare string it keeps by bm25, and counts them by document', () => {
    const result = search.search({ query: '罕见', ...in2020, limit: 100 });
    const want = expected('罕见');
    expect(result.total).toBe(want.length);
    expect(result.hits.map((h) => h.segmentId).sort()).toEqual(want);
    expect(result.documents.map((d) => d.documentId).sort()).toEqual([...new Set(want.map((id) => id.split(':')[0]))].sort());
  });
});
