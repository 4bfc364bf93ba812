import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { indexSegments, type IndexableSegment } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';

const segment = (n: number, zh: string): IndexableSegment => ({
  segmentId: `d:p${String(n).padStart(4, '0')}`,
  documentId: 'd',
  docType: 'news',
  docDate: '2026-01-01',
  kind: 'paragraph',
  position: n,
  zh,
  en: null,
});

// A string of three characters or more is matched by its trigrams: these pin that it is still exactly the substring.
describe('Chinese strings of three characters or more (the trigram column)', () => {
  const db = openConnection(':memory:');
  migrate(db, userDatabaseMigrations);
  db.transaction(() =>
    indexSegments(db, [
      segment(1, '推进健康中国建设'),
      // Both trigrams of 健康中国 are here, apart: 健康中 … 康中国.
      segment(2, '健康中心和小康中国'),
      segment(3, '衛生健康委員會'),
      segment(4, '落实COVID-19防控'),
      segment(5, '健康健康健康'),
    ]),
  )();
  const search = new SearchService([db]);
  const found = (query: string) => search.search({ query, limit: 100 }).hits.map((h) => h.segmentId).sort();

  it('finds the substring and never its trigrams apart', () => {
    expect(found('健康中国')).toEqual(['d:p0001']);
    expect(found('健康中')).toEqual(['d:p0001', 'd:p0002']);
    expect(found('康中国')).toEqual(['d:p0001', 'd:p0002']);
  });

  it('folds Traditional and width inside the trigrams as in the characters', () => {
    expect(found('卫生健康委')).toEqual(['d:p0003']);
    expect(found('衛生健康委')).toEqual(['d:p0003']);
    expect(found('ＣＯＶＩＤ－１９防控')).toEqual(['d:p0004']);
  });

  it('counts overlapping occurrences for ranking and marks each one', () => {
    const hit = search.search({ query: '健康健康' }).hits.find((h) => h.segmentId === 'd:p0005')!;
    expect(hit.zh!.highlights).toEqual([[0, 6]]);
    expect(found('康健康健')).toEqual(['d:p0005']);
  });
});
