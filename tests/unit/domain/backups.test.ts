import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_DIR_NAME,
  BackupError,
  parseBackupName,
  UserDatabaseBackups,
  type BackupErrorCode,
} from '../../../main/domain/database/backups';
import { openConnection, type Connection } from '../../../main/domain/database/connection';
import { latestVersion, migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { openUserDatabase, USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { tempDir } from '../../helpers/tempDir';

const LATEST = latestVersion(userDatabaseMigrations);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A clock the test moves by hand. */
function clock(start = '2026-11-22T10:15:00.123Z') {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

/** Writes preference rows straight into the `preference` table of migration 1. */
function putPreference(db: Connection, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO preference (key, value_json, updated_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z')
     ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`,
  ).run(key, JSON.stringify(value));
}

function readPreference(file: string, key: string): unknown {
  const db = openConnection(file, { readonly: true });
  try {
    const row = db.prepare('SELECT value_json FROM preference WHERE key = ?').get(key) as { value_json: string } | undefined;
    return row === undefined ? undefined : JSON.parse(row.value_json);
  } finally {
    db.close();
  }
}

function inspectBackup(file: string) {
  const db = openConnection(file, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      journalMode: db.pragma('journal_mode', { simple: true }),
      userVersion: db.pragma('user_version', { simple: true }),
      prefs: (db.prepare('SELECT key FROM preference ORDER BY key').all() as { key: string }[]).map((r) => r.key),
    };
  } finally {
    db.close();
  }
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function expectBackupError(action: () => unknown, code: BackupErrorCode): void {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
}

/** A database of `version` with `rows` filler rows, big enough that overwritten pages break it. */
function fillerDatabase(file: string, userVersion: number, rows = 2000): void {
  const db = openConnection(file);
  db.exec('CREATE TABLE filler (body TEXT); CREATE INDEX filler_body ON filler(body);');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`row ${i} `.repeat(20));
  })();
  db.pragma(`user_version = ${userVersion}`);
  db.close();
}

/** Overwrites a stretch of pages in the middle, keeping the header valid. */
function damagePages(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, 8192, 8192 + 4096 * 6);
  fs.writeFileSync(file, bytes);
}

/**
 * The files a crash leaves: the database plus a -wal whose frames were never
 * checkpointed, copied while the connection is still open.
 */
function crashedCopy(db: Connection, from: string, to: string): void {
  fs.copyFileSync(from, to);
  fs.copyFileSync(`${from}-wal`, `${to}-wal`);
  expect(db.open).toBe(true);
}

describe('UserDatabaseBackups.backup', () => {
  it('copies a live WAL database, including rows not yet checkpointed, into a checked, self-contained file', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    db.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 50; i++) putPreference(db, `key-${String(i).padStart(2, '0')}`, i);
    expect(fs.statSync(path.join(dir, `${USER_DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);

    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const info = await backups.backup(db, 'manual');

    expect(info.name).toBe('duizhao-20261122T101500123Z-manual.sqlite');
    expect(parseBackupName(info.name)).toEqual({ createdAt: '2026-11-22T10:15:00.123Z', reason: 'manual' });
    expect(info).toMatchObject({ createdAt: '2026-11-22T10:15:00.123Z', reason: 'manual', schemaVersion: LATEST });
    const file = path.join(dir, BACKUP_DIR_NAME, info.name);
    expect(info.sizeBytes).toBe(fs.statSync(file).size);
    const copy = inspectBackup(file);
    expect(copy).toMatchObject({ integrity: 'ok', journalMode: 'delete', userVersion: LATEST });
    expect(copy.prefs).toHaveLength(50);
    // Read-only looks leave nothing beside it, and no temporary file remains.
    expect(fs.readdirSync(backups.dir)).toEqual([info.name]);
    expect(backups.list()).toEqual([info]);
    db.close();
  });

  it('discards a copy that fails integrity_check and leaves no file behind', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'source.sqlite');
    fillerDatabase(source, 1);
    damagePages(source);
    const db = openConnection(source, { readonly: true });
    const backups = new UserDatabaseBackups(dir);

    const error = await backups.backup(db, 'manual').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('damaged');
    expect(fs.readdirSync(backups.dir)).toEqual([]);
    db.close();
  });

  it('gives backups made in the same millisecond different names', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const first = await backups.backup(db, 'manual');
    const second = await backups.backup(db, 'manual');
    expect(first.name).toBe('duizhao-20261122T101500123Z-manual.sqlite');
    expect(second.name).toBe('duizhao-20261122T101500124Z-manual.sqlite');
    expect(backups.list().map((b) => b.name)).toEqual([second.name, first.name]);
    db.close();
  });
});

describe('UserDatabaseBackups pruning', () => {
  it('keeps only the newest N', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { keep: 3, now: time.now });
    const made: string[] = [];
    for (let i = 0; i < 6; i++) {
      made.push((await backups.backup(db, 'manual')).name);
      time.advance(MINUTE);
    }
    expect(backups.list().map((b) => b.name)).toEqual(made.slice(3).reverse());
    expect(fs.readdirSync(backups.dir).sort()).toEqual(made.slice(3).sort());
    db.close();
  });

  it('never lets a burst of manual or daily backups push out the pre-migration or pre-restore copy', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { keep: 2, now: time.now });
    const beforeMigration = await backups.backup(db, 'before-migration');
    time.advance(MINUTE);
    const beforeRestore = await backups.backup(db, 'before-restore');
    for (let i = 0; i < 5; i++) {
      time.advance(MINUTE);
      await backups.backup(db, i % 2 === 0 ? 'manual' : 'daily');
    }
    const reasons = backups.list().map((b) => b.reason);
    expect(reasons.filter((r) => r === 'manual' || r === 'daily')).toHaveLength(2);
    expect(backups.list().map((b) => b.name)).toEqual(expect.arrayContaining([beforeMigration.name, beforeRestore.name]));
    db.close();
  });

  it('never prunes the backup just made, even when the clock went backwards', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { keep: 2, now: time.now });
    await backups.backup(db, 'manual');
    time.advance(MINUTE);
    const newest = await backups.backup(db, 'manual');
    time.advance(-HOUR);
    const justMade = await backups.backup(db, 'manual');
    expect(backups.list().map((b) => b.name)).toEqual([newest.name, justMade.name]);
    db.close();
  });
});

describe('UserDatabaseBackups.backupIfDue', () => {
  it('makes a daily backup, then none within 24 hours, then another after', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { now: time.now });

    const first = await backups.backupIfDue(db);
    expect(first?.reason).toBe('daily');
    time.advance(23 * HOUR);
    expect(await backups.backupIfDue(db)).toBeNull();
    time.advance(HOUR + MINUTE);
    const second = await backups.backupIfDue(db);
    expect(second?.reason).toBe('daily');
    expect(second?.createdAt).toBe('2026-11-23T10:16:00.123Z');
    expect(backups.list()).toHaveLength(2);
    db.close();
  });

  it('counts a manual backup but not a pre-migration one', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { now: time.now });
    await backups.backup(db, 'before-migration');
    time.advance(MINUTE);
    expect((await backups.backupIfDue(db))?.reason).toBe('daily');

    const other = new UserDatabaseBackups(tempDir(), { now: time.now });
    await other.backup(db, 'manual');
    time.advance(HOUR);
    expect(await other.backupIfDue(db)).toBeNull();
    db.close();
  });
});

describe('UserDatabaseBackups.backupBeforeMigration', () => {
  it('backs up a database at version 1, wal frames included, without touching its files', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const scratch = path.join(tempDir(), 'live.sqlite');
    const live = openConnection(scratch);
    migrate(live, userDatabaseMigrations.slice(0, 1));
    putPreference(live, 'fontSize', 21);
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.pragma('wal_autocheckpoint = 0');
    putPreference(live, 'viewMode', 'side-by-side'); // only in the -wal
    crashedCopy(live, scratch, file);
    live.close();
    const hashes = [sha256(file), sha256(`${file}-wal`)];
    const before = fs.readdirSync(dir).sort();

    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const info = await backups.backupBeforeMigration(file, LATEST);

    expect(info).toMatchObject({ reason: 'before-migration', schemaVersion: 1 });
    const copy = inspectBackup(path.join(backups.dir, info!.name));
    expect(copy).toMatchObject({ integrity: 'ok', userVersion: 1, prefs: ['fontSize', 'viewMode'] });
    expect([sha256(file), sha256(`${file}-wal`)]).toEqual(hashes);
    expect(fs.readdirSync(dir).sort()).toEqual([...before, BACKUP_DIR_NAME].sort());
  });

  it('leaves no -wal or -shm beside a cleanly closed database it backed up', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 2));
    putPreference(db, 'fontSize', 19);
    db.close();
    const hash = sha256(file);

    const backups = new UserDatabaseBackups(dir);
    const info = await backups.backupBeforeMigration(file, LATEST);

    expect(info?.schemaVersion).toBe(2);
    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual([BACKUP_DIR_NAME, USER_DATABASE_FILE]);
  });

  it('returns null for a database already at the latest version, a new one, a missing file or a non-SQLite file', async () => {
    const dir = tempDir();
    const backups = new UserDatabaseBackups(dir);
    const current = openUserDatabase(dir).db;
    current.close();
    expect(await backups.backupBeforeMigration(path.join(dir, USER_DATABASE_FILE), LATEST)).toBeNull();

    const fresh = path.join(dir, 'fresh.sqlite');
    openConnection(fresh).close();
    expect(await backups.backupBeforeMigration(fresh, LATEST)).toBeNull();

    expect(await backups.backupBeforeMigration(path.join(dir, 'missing.sqlite'), LATEST)).toBeNull();

    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'this is not a database '.repeat(100));
    fs.writeFileSync(`${junk}-wal`, 'stale wal');
    const hashes = [sha256(junk), sha256(`${junk}-wal`)];
    expect(await backups.backupBeforeMigration(junk, LATEST)).toBeNull();
    expect([sha256(junk), sha256(`${junk}-wal`)]).toEqual(hashes);

    expect(backups.list()).toEqual([]);
  });

  it('returns null for a database whose pages are damaged, leaving no backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    fillerDatabase(file, 1);
    damagePages(file);
    const hash = sha256(file);
    const backups = new UserDatabaseBackups(dir);
    expect(await backups.backupBeforeMigration(file, LATEST)).toBeNull();
    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(backups.dir)).toEqual([]);
  });
});

describe('UserDatabaseBackups.verify', () => {
  it('describes a sound backup', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const info = await backups.backup(db, 'manual');
    db.close();
    expect(backups.verify(info.name, LATEST)).toEqual(info);
  });

  it('refuses unknown names, other paths, damaged files and backups from a newer version, each with its code', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    await backups.backup(db, 'manual');
    db.close();

    expectBackupError(() => backups.verify('duizhao-20200101T000000000Z-manual.sqlite', LATEST), 'not-found');
    expectBackupError(() => backups.verify(`../${USER_DATABASE_FILE}`, LATEST), 'not-found');
    expectBackupError(() => backups.verify(path.join(dir, USER_DATABASE_FILE), LATEST), 'not-found');
    expectBackupError(() => backups.verify('duizhao-20261322T101500123Z-manual.sqlite', LATEST), 'not-found'); // month 13
    expectBackupError(() => backups.verify('DUIZHAO-20261122T101500123Z-manual.sqlite', LATEST), 'not-found');

    const garbage = 'duizhao-20261122T111111111Z-manual.sqlite';
    fs.writeFileSync(path.join(backups.dir, garbage), 'not a database at all '.repeat(50));
    expectBackupError(() => backups.verify(garbage, LATEST), 'damaged');

    const source = path.join(tempDir(), 'big.sqlite');
    fillerDatabase(source, 1);
    const big = openConnection(source, { readonly: true });
    const bigBackup = await backups.backup(big, 'manual');
    big.close();
    damagePages(path.join(backups.dir, bigBackup.name));
    expectBackupError(() => backups.verify(bigBackup.name, LATEST), 'damaged');

    const future = path.join(tempDir(), 'future.sqlite');
    fillerDatabase(future, 99, 10);
    const newer = openConnection(future, { readonly: true });
    const newerBackup = await backups.backup(newer, 'manual');
    newer.close();
    expect(newerBackup.schemaVersion).toBe(99);
    expectBackupError(() => backups.verify(newerBackup.name, LATEST), 'too-new');
  });
});

describe('UserDatabaseBackups.installBackup', () => {
  it('replaces the database with the backup and keeps the backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { now: time.now });
    const { db } = openUserDatabase(dir);
    putPreference(db, 'fontSize', 21);
    const saved = await backups.backup(db, 'manual');
    putPreference(db, 'fontSize', 30);
    putPreference(db, 'authorName', 'after the backup');
    time.advance(MINUTE);
    const safety = await backups.backup(db, 'before-restore');
    db.close();

    backups.verify(saved.name, LATEST);
    backups.installBackup(saved.name, file);

    expect(readPreference(file, 'fontSize')).toBe(21);
    expect(readPreference(file, 'authorName')).toBeUndefined();
    const reopened = openUserDatabase(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(LATEST);
    reopened.db.close();
    expect(backups.list().map((b) => b.name).sort()).toEqual([saved.name, safety.name].sort());
    expect(fs.readdirSync(dir).sort()).toEqual([BACKUP_DIR_NAME, USER_DATABASE_FILE]);
  });

  it('does not let a leftover -wal of the old database leak into the restored one', async () => {
    const dir = tempDir();
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const { db } = openUserDatabase(dir);
    putPreference(db, 'fontSize', 21);
    const saved = await backups.backup(db, 'manual');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('wal_autocheckpoint = 0');
    putPreference(db, 'fontSize', 30);
    putPreference(db, 'authorName', 'only in the wal');
    const crashed = path.join(tempDir(), USER_DATABASE_FILE);
    crashedCopy(db, path.join(dir, USER_DATABASE_FILE), crashed);
    db.close();
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);

    backups.installBackup(saved.name, crashed);

    expect(fs.existsSync(`${crashed}-wal`)).toBe(false);
    expect(readPreference(crashed, 'fontSize')).toBe(21);
    expect(readPreference(crashed, 'authorName')).toBeUndefined();
  });

  it('refuses while a connection to the database is still open, changing nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const { db } = openUserDatabase(dir);
    putPreference(db, 'fontSize', 21);
    const saved = await backups.backup(db, 'manual');
    putPreference(db, 'fontSize', 30);

    expectBackupError(() => backups.installBackup(saved.name, file), 'in-use');

    expect(db.prepare("SELECT value_json FROM preference WHERE key = 'fontSize'").get()).toEqual({ value_json: '30' });
    expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
    db.close();
    expect(readPreference(file, 'fontSize')).toBe(30);
  });

  it('sets aside an old file that is not a database instead of losing it', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const { db } = openUserDatabase(dir);
    putPreference(db, 'fontSize', 21);
    const saved = await backups.backup(db, 'manual');
    db.close();
    fs.writeFileSync(file, 'damaged beyond repair '.repeat(100));
    fs.writeFileSync(`${file}-wal`, 'stale wal');
    const hash = sha256(file);

    backups.installBackup(saved.name, file);

    expect(readPreference(file, 'fontSize')).toBe(21);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith(`${USER_DATABASE_FILE}.replaced-`)).sort();
    expect(aside).toHaveLength(2);
    expect(sha256(path.join(dir, aside[0]))).toBe(hash);
    expect(fs.readFileSync(path.join(dir, aside[1]), 'utf8')).toBe('stale wal');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('sets aside an old database whose pages are damaged instead of losing it', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const { db } = openUserDatabase(dir);
    putPreference(db, 'fontSize', 21);
    const saved = await backups.backup(db, 'manual');
    db.close();
    fs.rmSync(file);
    fillerDatabase(file, LATEST);
    damagePages(file);
    const hash = sha256(file);

    backups.installBackup(saved.name, file);

    expect(readPreference(file, 'fontSize')).toBe(21);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith(`${USER_DATABASE_FILE}.replaced-`));
    expect(aside).toHaveLength(1);
    expect(sha256(path.join(dir, aside[0]))).toBe(hash);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(`${USER_DATABASE_FILE}-`))).toEqual([]);
  });

  it('refuses a damaged backup or an unknown name and leaves the database as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const backups = new UserDatabaseBackups(dir, { now: clock().now });
    const { db } = openUserDatabase(dir);
    putPreference(db, 'fontSize', 21);
    db.close();
    const hash = sha256(file);
    fs.mkdirSync(backups.dir);
    const garbage = 'duizhao-20261122T111111111Z-manual.sqlite';
    fs.writeFileSync(path.join(backups.dir, garbage), 'not a database at all '.repeat(50));

    expectBackupError(() => backups.installBackup(garbage, file), 'damaged');
    expectBackupError(() => backups.installBackup('../duizhao.sqlite', file), 'not-found');

    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual([BACKUP_DIR_NAME, USER_DATABASE_FILE]);
  });
});

describe('UserDatabaseBackups.list', () => {
  it('ignores temporary, unrelated and non-SQLite files, and a backup clears abandoned temporary files only', async () => {
    const dir = tempDir();
    const { db } = openUserDatabase(dir);
    const time = clock();
    const backups = new UserDatabaseBackups(dir, { keep: 1, now: time.now });
    const real = await backups.backup(db, 'manual');
    const strays = [
      'notes.txt',
      'duizhao-20261122T101500123Z-manual.sqlite.tmp',
      'duizhao-20261122T101500123Z-weekly.sqlite',
      'duizhao-20261122T1015001Z-manual.sqlite',
      'other-20261122T101500123Z-manual.sqlite',
      'duizhao-29991122T101500123Z-manual.sqlite', // right name, not SQLite
    ];
    for (const stray of strays) fs.writeFileSync(path.join(backups.dir, stray), 'stray');
    fs.mkdirSync(path.join(backups.dir, 'duizhao-20261122T101500999Z-manual.sqlite'));
    const abandoned = 'duizhao-backup-0123456789abcdef.tmp';
    fs.writeFileSync(path.join(backups.dir, abandoned), 'half a copy');
    fs.writeFileSync(path.join(backups.dir, `${abandoned}-journal`), 'its journal');

    expect(backups.list()).toEqual([real]);

    time.advance(MINUTE);
    const next = await backups.backup(db, 'manual');
    expect(backups.list()).toEqual([next]);
    const remaining = fs.readdirSync(backups.dir).sort();
    expect(remaining).toEqual([...strays, 'duizhao-20261122T101500999Z-manual.sqlite', next.name].sort());
    db.close();
  });

  it('is empty when there is no backups folder yet', () => {
    expect(new UserDatabaseBackups(tempDir()).list()).toEqual([]);
  });
});
