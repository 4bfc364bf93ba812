import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiName } from '../../../contract/api';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { openConnection } from '../../../main/domain/database/connection';
import { latestVersion } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { makeReadOnly, makeUnreadable } from '../../helpers/readOnly';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

/**
 * Issue 13, item 1: a database the app cannot write is opened read-only and
 * shown, never swapped for an empty one that accepts writes it will lose.
 */
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});

const PLAN = 'national-health-plan-14th-fyp-2022';
const SAVED = 30;
const SUPPORTED = latestVersion(userDatabaseMigrations);
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const open = (dir: string): Backend => createBackend({ userDataDir: dir, corpusFile, systemLanguage: 'en' });

/** A profile holding SAVED annotations and an author name, closed cleanly. */
async function savedProfile(): Promise<string> {
  const dir = tempDir();
  const b = open(dir);
  await b.handlers.setPreferences({ authorName: 'Lin' });
  const segment = (await b.handlers.getDocument({ documentId: PLAN })).segments.find((s) => s.zh && s.zh.text.length > 20)!;
  for (let i = 0; i < SAVED; i++) {
    await b.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start: i % 10, end: (i % 10) + 2, exact: segment.zh!.text.slice(i % 10, (i % 10) + 2), colour: 'yellow', note: `note ${i}`, tags: [] });
  }
  b.close();
  return dir;
}

/** Every call that writes the user's data, with arguments that would succeed on a writable database. */
async function writeCalls(b: Backend): Promise<[ApiName, unknown][]> {
  const { annotations } = await b.handlers.listAnnotations({});
  const first = annotations[0];
  const selection = { segmentId: first.target.segmentId, side: first.target.side, start: first.target.position.start, end: first.target.position.end, exact: first.target.quote.exact };
  return [
    ['setPreferences', { fontSize: 20 }],
    ['saveReadingPosition', { documentId: PLAN, segmentId: `${PLAN}:p0042` }],
    ['createAnnotation', { ...selection, colour: 'green', note: '', tags: [] }],
    ['updateAnnotation', { id: first.id, note: 'changed' }],
    ['deleteAnnotation', { id: first.id }],
    ['importAnnotations', { files: [{ name: 'mine.json', content: (await b.handlers.exportAnnotations({ format: 'w3c-json', language: 'en', filter: {} })).content.replace(/note 0/g, 'note zero') }], mode: 'apply' }],
  ];
}

/** The user's data is shown, every write is refused with user-data-read-only, and the file is unchanged. */
async function expectShownReadOnly(dir: string, before: string) {
  const b = open(dir);
  try {
    expect((await b.handlers.listAnnotations({})).annotations).toHaveLength(SAVED);
    expect((await b.handlers.getPreferences({})).authorName).toBe('Lin');
    expect(b.userDatabase).toMatchObject({ persistent: true, writable: false });
    for (const [name, args] of await writeCalls(b)) {
      expect(await dispatchApiCall(b.handlers, name, args, () => {}), name).toMatchObject({ ok: false, error: { code: 'user-data-read-only' } });
    }
    expect((await b.handlers.listAnnotations({})).annotations).toHaveLength(SAVED);
    return (await b.handlers.getStartupState({})).notices;
  } finally {
    b.close();
    expect(sha256(path.join(dir, USER_DATABASE_FILE))).toBe(before);
  }
}

function skipped(what: string): void {
  console.log(`SKIPPED: ${what}: this machine cannot make a file read-only for this user`);
}

describe('a user database the app cannot write', () => {
  it('is shown read-only when the file is read-only, every write refused', async () => {
    const dir = await savedProfile();
    const file = path.join(dir, USER_DATABASE_FILE);
    const undo = makeReadOnly(file);
    if (!undo) return skipped('read-only file');
    try {
      const notices = await expectShownReadOnly(dir, sha256(file));
      expect(notices).toEqual([{ code: 'user-data-read-only', file, reason: expect.any(String) }]);
    } finally {
      undo();
    }
  });

  it('is shown read-only when its folder is read-only, with or without a -wal left by a crash', async () => {
    for (const leaveWal of [false, true]) {
      const dir = await savedProfile();
      const file = path.join(dir, USER_DATABASE_FILE);
      if (leaveWal) {
        // What a crash leaves: the last changes only in the -wal, and no -shm.
        const db = openConnection(file);
        db.pragma('wal_autocheckpoint = 0');
        db.prepare("UPDATE preference SET value_json = '\"Lin\"' WHERE key = 'authorName'").run();
        fs.copyFileSync(`${file}-wal`, `${file}.crash-wal`);
        db.close();
        fs.renameSync(`${file}.crash-wal`, `${file}-wal`);
        fs.rmSync(`${file}-shm`, { force: true });
      }
      const undo = makeReadOnly(dir);
      if (!undo) return skipped('read-only folder');
      try {
        const notices = await expectShownReadOnly(dir, sha256(file));
        expect(notices.map((n) => n.code)).toEqual(['user-data-read-only']);
      } finally {
        undo();
      }
    }
  });

  it('is shown read-only, never migrated nor written, when it comes from a newer version that kept our tables', async () => {
    const dir = await savedProfile();
    const file = path.join(dir, USER_DATABASE_FILE);
    const newer = openConnection(file);
    newer.exec('CREATE TABLE future_thing (id INTEGER); ALTER TABLE annotation ADD COLUMN future_column TEXT');
    newer.pragma('user_version = 99');
    newer.close();
    const notices = await expectShownReadOnly(dir, sha256(file));
    expect(notices).toEqual([{ code: 'user-data-too-new', foundVersion: 99, supportedVersion: SUPPORTED, shown: true }]);
  });

  it('refuses every write, and says it cannot show it, when a newer version changed our tables; a backup can still be restored', async () => {
    const dir = await savedProfile();
    const file = path.join(dir, USER_DATABASE_FILE);
    const before = open(dir);
    const backup = await before.handlers.backupNow({});
    before.close();
    const newer = openConnection(file);
    newer.exec('ALTER TABLE annotation RENAME TO annotation_v99');
    newer.pragma('user_version = 99');
    newer.close();
    const bytes = sha256(file);

    const b = open(dir);
    expect((await b.handlers.getStartupState({})).notices).toEqual([{ code: 'user-data-too-new', foundVersion: 99, supportedVersion: SUPPORTED, shown: false }]);
    expect(b.userDatabase).toMatchObject({ persistent: false, writable: false });
    expect(await dispatchApiCall(b.handlers, 'setPreferences', { fontSize: 20 }, () => {})).toMatchObject({ ok: false, error: { code: 'user-data-read-only' } });
    expect(sha256(file)).toBe(bytes);
    // Nothing of the newer data can be backed up from here, so a restore is refused rather than risk it.
    expect(await dispatchApiCall(b.handlers, 'restoreBackup', { name: backup.name }, () => {})).toMatchObject({ ok: false, error: { code: 'user-data-unavailable' } });
    b.close();
  });

  it('can be replaced by a backup when it is shown read-only, the newer data backed up first', async () => {
    const dir = await savedProfile();
    const file = path.join(dir, USER_DATABASE_FILE);
    const before = open(dir);
    const backup = await before.handlers.backupNow({});
    before.close();
    const newer = openConnection(file);
    newer.pragma('user_version = 99');
    newer.close();

    const b = open(dir);
    expect(b.userDatabase.writable).toBe(false);
    expect(await dispatchApiCall(b.handlers, 'restoreBackup', { name: backup.name })).toEqual({ ok: true, value: null });
    expect(b.userDatabase.writable).toBe(true);
    expect((await b.handlers.getStartupState({})).notices).toEqual([]);
    expect((await b.handlers.listAnnotations({})).annotations).toHaveLength(SAVED);
    const kept = (await b.handlers.listBackups({})).find((x) => x.reason === 'before-restore');
    expect(kept?.schemaVersion).toBe(99);
    b.close();
  });

  it('is left where it is when it cannot be read, and the app refuses writes instead of losing them', async () => {
    const dir = await savedProfile();
    const file = path.join(dir, USER_DATABASE_FILE);
    const undo = makeUnreadable(file);
    // Root reads everything: a folder where the file should be cannot be read by anyone.
    const unreadable = undo ? file : path.join(tempDir(), USER_DATABASE_FILE);
    if (!undo) fs.mkdirSync(unreadable);
    try {
      const b = open(path.dirname(unreadable));
      expect((await b.handlers.getStartupState({})).notices).toEqual([{ code: 'user-data-unavailable', file: unreadable, reason: 'cannot-open' }]);
      expect(await dispatchApiCall(b.handlers, 'createAnnotation', { segmentId: `${PLAN}:p0042`, side: 'zh', start: 0, end: 1, exact: 'x', colour: 'yellow', note: '', tags: [] }, () => {})).toMatchObject({
        ok: false,
      });
      expect(await dispatchApiCall(b.handlers, 'setPreferences', { fontSize: 20 }, () => {})).toMatchObject({ ok: false, error: { code: 'user-data-read-only' } });
      b.close();
    } finally {
      undo?.();
    }
  });
});
