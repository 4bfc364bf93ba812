import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { COMMON_PAIR } from '../../../main/domain/search/commonPairs';
import { indexSegments, SEARCH_SCHEMA, type IndexableSegment } from '../../../main/domain/search/searchIndex';
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

// Two characters are a prefix query on the trigram column, unless the pair is common: these pin that both ways
// find exactly the rows that hold the pair, wherever it stands in the text.
describe('two adjacent characters (a prefix of the trigram column, or the phrase of a common pair)', () => {
  const texts = ['推进健康中国建设', '全民健康', '健康', '健中康', '康健', '人民健康。', '5G网络', '支持5G', '健'];
  const expected: Record<string, string[]> = {
    健康: ['d:p0001', 'd:p0002', 'd:p0003', 'd:p0006'],
    康健: ['d:p0005'],
    '5G': ['d:p0007', 'd:p0008'],
    健中: ['d:p0004'],
  };
  const build = () => {
    const db = openConnection(':memory:');
    migrate(db, userDatabaseMigrations);
    db.transaction(() => indexSegments(db, texts.map((zh, i) => segment(i + 1, zh))))();
    return db;
  };

  it('finds a pair at the start, inside and at the end of a text, and a text that is only the pair', () => {
    const search = new SearchService([build()]);
    for (const [query, rows] of Object.entries(expected)) {
      expect(search.search({ query, limit: 100 }).hits.map((h) => h.segmentId).sort(), query).toEqual(rows);
    }
  });

  it('finds the same rows when the pair is common and read as the phrase of its characters', () => {
    const db = build();
    db.prepare('INSERT INTO search_common_pair (pair) VALUES (?), (?)').run('健康', '康健');
    const search = new SearchService([db]);
    for (const [query, rows] of Object.entries(expected)) {
      expect(search.search({ query, limit: 100 }).hits.map((h) => h.segmentId).sort(), query).toEqual(rows);
    }
  });

  it('records as common, in a bulk build, the pairs it holds COMMON_PAIR times or more, and only those', () => {
    const db = openConnection(':memory:');
    db.exec(SEARCH_SCHEMA);
    const perText = 10;
    const common = Array.from({ length: COMMON_PAIR / perText }, (_, i) => segment(i + 1, `${'卫生'.repeat(perText)}${'健康'.repeat(perText)}`));
    db.transaction(() => indexSegments(db, [...common, segment(COMMON_PAIR, '共和国')], { bulk: true }))();
    // 卫生 and 健康 occur perText times in each text, COMMON_PAIR times in all: common; 生卫 and 康健 once fewer in each: not.
    expect((db.prepare('SELECT pair FROM search_common_pair ORDER BY pair').pluck().all() as string[]).sort()).toEqual(['健康', '卫生'].sort());
    const search = new SearchService([db]);
    expect(search.search({ query: '共和' }).hits.map((h) => h.segmentId)).toEqual([`d:p${String(COMMON_PAIR).padStart(4, '0')}`]);
    expect(search.search({ query: '健康' }).total).toBe(COMMON_PAIR / perText);
  });
});
