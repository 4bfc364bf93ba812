import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { tempDir } from '../../helpers/tempDir';

// Each migration: build the database at N−1, put data in, migrate to N, check the data.
describe('user database migrations', () => {
  it('002 keeps the preferences written at version 1 and adds reading positions', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 1));
    db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES ('fontSize', '20', '2026-01-01T00:00:00.000Z')").run();
    db.close();

    const reopened = openConnection(file);
    expect(migrate(reopened, userDatabaseMigrations)).toEqual([2]);
    expect(reopened.prepare('SELECT key, value_json FROM preference').all()).toEqual([{ key: 'fontSize', value_json: '20' }]);
    reopened
      .prepare("INSERT INTO reading_position (document_id, segment_id, updated_at) VALUES ('d', 'd:p0001', '2026-01-01')")
      .run();
    expect(reopened.pragma('user_version', { simple: true })).toBe(2);
  });
});
