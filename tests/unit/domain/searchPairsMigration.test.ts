import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { searchPairsMigration } from '../../../main/domain/database/migrations/012-search-pairs';
import { SearchService } from '../../../main/domain/search/searchService';
import { tempDir } from '../../helpers/tempDir';

describe('user database migration 012 (search pairs)', () => {
  it('indexes the segments stored before it again, so two characters at the end of a text find it', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 11));
    db.exec('DROP TABLE IF EXISTS search_common_pair');
    db.prepare("INSERT INTO search_segment VALUES (1, 'mine:p0001', 'mine', 'news', '2026-11-01', 'paragraph', 0)").run();
    db.prepare("INSERT INTO search_text VALUES (1, '推进健康中国建设', 'Advancing the Healthy China initiative')").run();
    // As the index writer tokenized it before: the trigrams only, no token for the last pair.
    db.prepare(
      "INSERT INTO search_fts (rowid, en_stems, zh_chars, zh_trigrams, kind) VALUES (1, 'advanc the healthi china initi', '推 进 健 康 中 国 建 设', '推进健 进健康 健康中 康中国 中国建 国建设', 'paragraph')",
    ).run();

    db.transaction(() => searchPairsMigration.up(db))();

    const service = new SearchService([db]);
    expect(service.search({ query: '建设' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: '推进' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: '健康中国' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: 'healthy' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: '设建' }).total).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_common_pair').pluck().get()).toBe(0);
  });
});
