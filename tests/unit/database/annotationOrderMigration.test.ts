import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { tempDir } from '../../helpers/tempDir';
import path from 'node:path';

describe('migration 8: annotations in date order', () => {
  it('keeps the annotations of a version 7 database, and reads the newest first page from an index instead of sorting all', () => {
    const db = openConnection(path.join(tempDir(), 'user.sqlite'));
    migrate(db, userDatabaseMigrations.slice(0, 7));
    db.prepare(
      `INSERT INTO annotation (id, document_id, segment_id, side, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
         colour, note, tags_json, author, created_at, updated_at, deleted_at, revision, history_json)
       VALUES ('a1', 'doc', 'doc:p1', 'zh', '健康', '', '', 0, 2, 'green', 'kept', '["t"]', 'Li', '2026-01-01', '2026-01-02', NULL, 'r', '[]')`,
    ).run();
    expect(migrate(db, userDatabaseMigrations.slice(0, 8))).toEqual([8]);
    expect(db.prepare('SELECT note FROM annotation').pluck().all()).toEqual(['kept']);
    for (const column of ['created_at', 'updated_at']) {
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM annotation a WHERE a.deleted_at IS NULL ORDER BY a.${column} DESC, a.id LIMIT 100`).all() as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      expect(details).toContain(column === 'created_at' ? 'annotation_live_by_created' : 'annotation_live_by_updated');
      expect(details).not.toContain('TEMP B-TREE');
    }
    db.close();
  });
});
