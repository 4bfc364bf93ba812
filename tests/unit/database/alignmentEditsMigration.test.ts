import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { AlignmentEditLog } from '../../../main/domain/documents/alignmentEditLog';
import { tempDir } from '../../helpers/tempDir';

describe('migration 11: the alignment editor’s log', () => {
  it('keeps a version 10 database’s imported documents, at revision 0 with an empty history, and logs edits from then on', () => {
    const db = openConnection(path.join(tempDir(), 'user.sqlite'));
    migrate(db, userDatabaseMigrations.slice(0, 10));
    db.prepare(
      `INSERT INTO document (id, position, type, title_zh, origin_zh, origin_en, version, created_at, updated_at, files_json, props_json)
       VALUES ('my-x-abcdef', 0, 'other', '草案', 'published', 'user-draft', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '[]', '{}')`,
    ).run();
    expect(migrate(db, userDatabaseMigrations.slice(0, 11))).toEqual([11]);
    expect(db.prepare('SELECT title_zh FROM document').pluck().all()).toEqual(['草案']);
    const log = new AlignmentEditLog(db);
    expect(log.read('my-x-abcdef')).toEqual({ documentId: 'my-x-abcdef', undo: [], redo: [], revision: 0 });
    log.append('my-x-abcdef', { edit: { type: 'merge-segments', segment: 'p0001' }, inverse: { index: 0, remove: ['p0001'], insert: [] }, moves: [], by: 'Li', at: '2026-02-01T00:00:00.000Z' });
    expect(log.read('my-x-abcdef').undo).toMatchObject([{ seq: 1, by: 'Li', edit: { type: 'merge-segments' } }]);
    expect(() => db.prepare("INSERT INTO alignment_edit (document_id, seq, edit_json, inverse_json, by, at, state) VALUES ('my-x-abcdef', 2, '{}', '{}', '', '', 'done')").run()).toThrow(/CHECK/);
    db.close();
  });
});
