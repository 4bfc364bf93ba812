import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { latestVersion } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { openUserDatabase, USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { PreferenceStore } from '../../../main/domain/preferences/preferenceStore';
import { tempDir } from '../../helpers/tempDir';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const fixedNow = () => new Date('2026-11-22T10:20:30.456Z');

describe('openUserDatabase', () => {
  it('creates a migrated database with WAL, synchronous=FULL and foreign keys on', () => {
    const dir = tempDir();
    const { db, persistent, writable, notices } = openUserDatabase(dir);
    expect(persistent).toBe(true);
    expect(writable).toBe(true);
    expect(notices).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(userDatabaseMigrations));
    db.close();
    expect(fs.existsSync(path.join(dir, USER_DATABASE_FILE))).toBe(true);
  });

  it('keeps what was saved across reopening', () => {
    const dir = tempDir();
    const first = openUserDatabase(dir);
    new PreferenceStore(first.db).update({ fontSize: 21, uiLanguage: 'zh-CN' });
    first.db.close();
    const second = openUserDatabase(dir);
    expect(new PreferenceStore(second.db).get()).toMatchObject({ fontSize: 21, uiLanguage: 'zh-CN' });
    second.db.close();
  });

  it('moves a damaged file aside, keeps its bytes, tells the user and starts fresh', () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    fs.writeFileSync(file, 'this is not a database, it is a damaged file '.repeat(200));
    fs.writeFileSync(`${file}-wal`, 'stale wal');
    const before = sha256(file);

    const { db, persistent, notices } = openUserDatabase(dir, { now: fixedNow });

    const movedTo = `${file}.damaged-20261122T102030Z`;
    expect(notices).toEqual([{ code: 'user-data-recovered', movedTo }]);
    expect(persistent).toBe(true);
    expect(sha256(movedTo)).toBe(before);
    expect(fs.readFileSync(`${movedTo}-wal`, 'utf8')).toBe('stale wal');
    expect(new PreferenceStore(db).update({ fontSize: 18 }).fontSize).toBe(18);
    db.close();
  });

  it('moves aside a database whose pages are corrupt', () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const seed = openConnection(file);
    seed.pragma('journal_mode = DELETE');
    seed.exec('CREATE TABLE filler (body TEXT); CREATE INDEX filler_body ON filler(body);');
    const insert = seed.prepare('INSERT INTO filler (body) VALUES (?)');
    seed.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    })(); // one commit: 2,000 fsyncs took 10–25 s on a loaded machine
    seed.close();
    // Overwrite a stretch of pages in the middle, keeping the header valid.
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 8192, 8192 + 4096 * 6);
    fs.writeFileSync(file, bytes);

    const { db, notices } = openUserDatabase(dir, { now: fixedNow });
    expect(notices[0]?.code).toBe('user-data-recovered');
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('leaves a database from a newer version byte-for-byte untouched, and refuses writes rather than lose them', () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const newer = openConnection(file);
    newer.exec('CREATE TABLE future_thing (id INTEGER)');
    newer.pragma('user_version = 99');
    newer.close();
    const before = sha256(file);

    const { db, persistent, writable, notices } = openUserDatabase(dir);

    // Its tables are not ours: it cannot be shown, and the app runs on an empty database that refuses writes.
    expect(notices).toEqual([{ code: 'user-data-too-new', foundVersion: 99, supportedVersion: latestVersion(userDatabaseMigrations), shown: false }]);
    expect(persistent).toBe(false);
    expect(writable).toBe(false);
    expect(sha256(file)).toBe(before);
    expect(() => new PreferenceStore(db).update({ fontSize: 20 })).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
    db.close();
    expect(sha256(file)).toBe(before);
  });

  it('leaves in place a path it cannot open, and refuses writes rather than lose them', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, USER_DATABASE_FILE));
    const { db, persistent, writable, notices } = openUserDatabase(dir);
    expect(persistent).toBe(false);
    expect(writable).toBe(false);
    expect(notices).toEqual([{ code: 'user-data-unavailable', file: path.join(dir, USER_DATABASE_FILE), reason: 'cannot-open' }]);
    expect(fs.statSync(path.join(dir, USER_DATABASE_FILE)).isDirectory()).toBe(true);
    expect(() => new PreferenceStore(db).update({ fontSize: 20 })).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
    db.close();
  });
});
