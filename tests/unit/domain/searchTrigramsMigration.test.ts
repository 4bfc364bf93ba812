import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { searchTrigramsMigration } from '../../../main/domain/database/migrations/010-search-trigrams';
import { SearchService } from '../../../main/domain/search/searchService';
import { tempDir } from '../../helpers/tempDir';

// The search index as migration 003 made it before issue 14: characters and stems, no trigrams.
const FTS_BEFORE_TRIGRAMS = `
  DROP TABLE search_fts;
  CREATE VIRTUAL TABLE search_fts USING fts5(en_stems, zh_chars, kind, content = '', contentless_delete = 1, tokenize = 'ascii');`;

describe('user database migration 010 (search trigrams)', () => {
  it('indexes the segments stored before it again, so a Chinese string of three characters or more finds them', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 9));
    db.exec(FTS_BEFORE_TRIGRAMS);
    db.prepare("INSERT INTO search_segment VALUES (1, 'mine:p0001', 'mine', 'news', '2026-11-01', 'paragraph', 0)").run();
    db.prepare("INSERT INTO search_text VALUES (1, '推进健康中国建设', 'Advancing the Healthy China initiative')").run();
    db.prepare("INSERT INTO search_fts (rowid, en_stems, zh_chars, kind) VALUES (1, 'advanc the healthi china initi', '', 'paragraph')").run();

    db.transaction(() => searchTrigramsMigration.up(db))();

    const service = new SearchService([db]);
    expect(service.search({ query: '健康中国' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: '健康' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: 'healthy' }).hits.map((h) => h.segmentId)).toEqual(['mine:p0001']);
    expect(service.search({ query: '中国健康' }).total).toBe(0);
  });
});
