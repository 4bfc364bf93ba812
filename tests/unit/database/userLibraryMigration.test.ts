import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { DocumentTables } from '../../../main/domain/corpus/documentTables';
import { tempDir } from '../../helpers/tempDir';

describe('migration 9: the user library', () => {
  it('keeps a version 8 database’s annotations, and gives it the corpus’s tables for imported documents, empty', () => {
    const db = openConnection(path.join(tempDir(), 'user.sqlite'));
    migrate(db, userDatabaseMigrations.slice(0, 8));
    db.prepare(
      `INSERT INTO annotation (id, document_id, segment_id, side, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
         colour, note, tags_json, author, created_at, updated_at, deleted_at, revision, history_json)
       VALUES ('a1', 'doc', 'doc:p1', 'zh', '健康', '', '', 0, 2, 'green', 'kept', '["t"]', 'Li', '2026-01-01', '2026-01-02', NULL, 'r', '[]')`,
    ).run();
    expect(migrate(db, userDatabaseMigrations.slice(0, 9))).toEqual([9]);
    expect(db.prepare('SELECT note FROM annotation').pluck().all()).toEqual(['kept']);
    const library = new DocumentTables(db, 'imported');
    expect(library.listDocuments()).toEqual([]);
    db.prepare(
      `INSERT INTO document (id, position, type, title_zh, origin_zh, origin_en, version, created_at, updated_at, files_json, props_json)
       VALUES ('my-x-abcdef', 0, 'other', '草案', 'published', 'user-draft', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '[]', '{}')`,
    ).run();
    expect(library.listDocuments()).toMatchObject([{ id: 'my-x-abcdef', library: 'imported', imported: { version: 1 }, keywords: { zh: [], en: [] } }]);
    db.close();
  });
});
