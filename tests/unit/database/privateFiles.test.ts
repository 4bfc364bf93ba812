import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserDatabaseBackups } from '../../../main/domain/database/backups';
import { openUserDatabase, USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { tempDir } from '../../helpers/tempDir';

/** Issue 13, item 5: the user data folder is private to the user. Windows has no such modes. */
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the user data folder', () => {
  it('is created 0700, with the database, its -wal and -shm, the backups folder and each backup 0600', async () => {
    const previous = process.umask(0o022); // the usual umask, which would leave them readable by all
    try {
      const dir = path.join(tempDir(), 'profile');
      const { db } = openUserDatabase(dir);
      db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES ('k', '1', 'x')").run();
      const backups = new UserDatabaseBackups(dir);
      const backup = await backups.backup(db, 'manual');
      const file = path.join(dir, USER_DATABASE_FILE);
      expect(mode(dir)).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
      expect(mode(backups.dir)).toBe(0o700);
      expect(mode(path.join(backups.dir, backup.name))).toBe(0o600);
      db.close();
    } finally {
      process.umask(previous);
    }
  });

  it('is made private when an earlier version left it readable by all, keeping a read-only file read-only', () => {
    const dir = tempDir();
    const first = openUserDatabase(dir);
    first.db.close();
    const file = path.join(dir, USER_DATABASE_FILE);
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', 'duizhao-20260101T000000000Z-daily.sqlite'), '');
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o644);
    fs.chmodSync(path.join(dir, 'backups'), 0o755);
    fs.chmodSync(path.join(dir, 'backups', 'duizhao-20260101T000000000Z-daily.sqlite'), 0o444);

    const again = openUserDatabase(dir);
    again.db.close();
    expect(mode(dir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.join(dir, 'backups'))).toBe(0o700);
    expect(mode(path.join(dir, 'backups', 'duizhao-20260101T000000000Z-daily.sqlite'))).toBe(0o400);
  });
});
