import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { openConnection } from '../../../main/domain/database/connection';
import { latestVersion, migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile();
let corpusFile = '';

function backend(userDataDir = tempDir()): Backend {
  if (!corpusFile) corpusFile = buildBundledCorpusInto(corpusDir());
  return createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
}

async function annotate(b: Backend, word: string) {
  const doc = await b.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.en?.text.includes(word))!;
  const start = segment.en!.text.indexOf(word);
  return b.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start, end: start + word.length, exact: word, colour: 'yellow' });
}

const count = async (b: Backend) => (await b.handlers.listAnnotations({})).annotations.length;
const base64 = (file: string) => fs.readFileSync(file).toString('base64');

/** What the user would lose: the annotations and the author name, as the app shows them. */
async function userData(b: Backend) {
  return { annotations: (await b.handlers.listAnnotations({})).annotations.map((a) => a.id).sort(), author: (await b.handlers.getPreferences({})).authorName };
}

/** A sound SQLite file at `version`, with the tables of the first `tables` migrations. */
function sqliteFile(file: string, version: number, tables = 0): string {
  const db = openConnection(file);
  if (tables > 0) migrate(db, userDatabaseMigrations.slice(0, tables));
  db.pragma(`user_version = ${version}`);
  db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

describe('backing up to a file and restoring from one', () => {
  it('gives the data back from a downloaded backup, after a safety backup of the data it replaces', async () => {
    const b = backend();
    await b.handlers.setPreferences({ authorName: 'Li Na' });
    await annotate(b, 'health');
    await annotate(b, 'plan');
    const download = await b.handlers.backUpToFile({});
    expect(download.fileName).toMatch(/^duizhao-backup-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    expect(download.summary).toMatchObject({ annotationCount: 2, schemaVersion: latestVersion(userDatabaseMigrations) });
    expect(Buffer.from(download.contentBase64, 'base64').subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const saved = await userData(b);

    await b.handlers.setPreferences({ authorName: 'Someone else' });
    await annotate(b, 'medical');
    const replaced = await userData(b);

    const report = await b.handlers.restoreFromFile({ contentBase64: download.contentBase64 });
    expect(report.restored).toMatchObject({ annotationCount: 2 });
    expect(Date.parse(report.restored.lastChangedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await userData(b)).toEqual(saved);

    // The safety backup holds the data as it was just before: restoring it undoes the restore.
    expect(report.safetyBackup.reason).toBe('before-restore');
    expect((await b.handlers.listBackups({})).map((x) => x.name)).toContain(report.safetyBackup.name);
    await b.handlers.restoreBackup({ name: report.safetyBackup.name });
    expect(await userData(b)).toEqual(replaced);
    b.close();
  });

  it('saves a backup to a chosen file (a USB stick) and restores from that path, leaving no temporary file', async () => {
    const stick = tempDir();
    const file = path.join(stick, 'briefing-backup.sqlite');
    fs.writeFileSync(file, 'an older file the user chose to overwrite');
    const dir = tempDir();
    const b = backend(dir);
    await annotate(b, 'health');
    expect(await b.backupFiles.backUpTo(file)).toMatchObject({ annotationCount: 1 });
    expect(fs.readdirSync(stick)).toEqual(['briefing-backup.sqlite']);

    await annotate(b, 'plan');
    expect(await b.backupFiles.inspect(file)).toMatchObject({ annotationCount: 1 });
    expect(await count(b)).toBe(2); // inspecting changes nothing
    const report = await b.backupFiles.restoreFrom(file);
    expect(report.restored.annotationCount).toBe(1);
    expect(await count(b)).toBe(1);
    expect(fs.readdirSync(stick)).toEqual(['briefing-backup.sqlite']);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([report.safetyBackup.name]);
    b.close();
  });

  it('refuses a damaged, foreign, too-new or too-large file with its own code, replacing nothing and backing up nothing', async () => {
    const dir = tempDir();
    const b = backend(dir);
    await b.handlers.setPreferences({ authorName: 'Li Na' });
    await annotate(b, 'health');
    const before = await userData(b);
    const good = Buffer.from((await b.handlers.backUpToFile({})).contentBase64, 'base64');
    const work = tempDir();

    const damaged = Buffer.from(good);
    damaged.fill(0xa5, 4096, damaged.length); // every page but the first: the header is fine, the tables are not
    const cases: [string, string, string][] = [
      ['not SQLite at all', Buffer.from('PK\u0003\u0004 a zip, say').toString('base64'), 'backup-damaged'],
      ['empty', '', 'backup-damaged'],
      ['cut in half', good.subarray(0, Math.floor(good.length / 2)).toString('base64'), 'backup-damaged'],
      ['pages overwritten', damaged.toString('base64'), 'backup-damaged'],
      ['the bundled corpus', base64(corpusFile), 'backup-foreign'],
      ['another program’s database', base64(sqliteFile(path.join(work, 'other.sqlite'), 0)), 'backup-foreign'],
      ['a user_version without the tables', base64(sqliteFile(path.join(work, 'bare.sqlite'), 4)), 'backup-foreign'],
      ['a newer Duizhao', base64(sqliteFile(path.join(work, 'newer.sqlite'), 99, 4)), 'backup-too-new'],
      ['not base64', '%%%%', 'invalid-argument'],
      ['over 64 MB', 'A'.repeat(90 * 1024 * 1024), 'backup-too-large'],
    ];
    for (const [label, contentBase64, code] of cases) {
      for (const call of ['inspectBackupFile', 'restoreFromFile'] as const) {
        const result = await dispatchApiCall(b.handlers, call, { contentBase64 });
        expect(result, `${label} (${call})`).toMatchObject({ ok: false, error: { code } });
      }
    }
    expect(await userData(b)).toEqual(before);
    expect((await b.handlers.listBackups({})).map((x) => x.reason)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([]);
    b.close();
  });
});

describe('the second backup folder', () => {
  it('gets a copy of each daily and manual backup, pruned like the first, and keeps its setting across restarts', async () => {
    const dir = tempDir();
    const second = tempDir();
    fs.writeFileSync(path.join(second, 'notes.txt'), 'not ours');
    const b = backend(dir);
    expect(await b.handlers.getBackupSettings({})).toEqual({ secondFolder: null, lastSecondCopy: null });
    expect(await b.handlers.setSecondBackupFolder({ folder: second })).toEqual({ secondFolder: second, lastSecondCopy: null });

    const made = await b.handlers.backupNow({});
    expect(fs.readFileSync(path.join(second, made.name))).toEqual(fs.readFileSync(path.join(dir, 'backups', made.name)));
    expect((await b.handlers.getBackupSettings({})).lastSecondCopy).toMatchObject({ ok: true, fileName: made.name });
    await b.backupIfDue(); // a manual backup in the last day: no daily one
    for (let i = 0; i < 11; i++) await b.handlers.backupNow({});
    const copies = fs.readdirSync(second).filter((n) => n.endsWith('.sqlite'));
    expect(copies).toHaveLength(10);
    expect(fs.existsSync(path.join(second, 'notes.txt'))).toBe(true);
    b.close();

    const again = backend(dir);
    expect((await again.handlers.getBackupSettings({})).secondFolder).toBe(second);
    expect(await again.handlers.setSecondBackupFolder({ folder: null })).toEqual({ secondFolder: null, lastSecondCopy: null });
    again.close();
  });

  it('reports a copy that failed (the stick was pulled out) without failing the backup', async () => {
    const dir = tempDir();
    const second = path.join(tempDir(), 'stick');
    fs.mkdirSync(second);
    const b = backend(dir);
    await b.handlers.setSecondBackupFolder({ folder: second });
    fs.rmSync(second, { recursive: true });
    const made = await b.handlers.backupNow({});
    expect(fs.existsSync(path.join(dir, 'backups', made.name))).toBe(true);
    expect((await b.handlers.getBackupSettings({})).lastSecondCopy).toMatchObject({ ok: false, failure: 'missing' });
    b.close();
  });

  it('refuses a folder that is relative, missing, a file or the backups folder itself', async () => {
    const dir = tempDir();
    const b = backend(dir);
    await b.handlers.backupNow({});
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    for (const folder of ['relative/folder', path.join(tempDir(), 'missing'), file, path.join(dir, 'backups')]) {
      expect(await dispatchApiCall(b.handlers, 'setSecondBackupFolder', { folder }), folder).toMatchObject({ ok: false, error: { code: 'backup-folder-unusable' } });
    }
    expect((await b.handlers.getBackupSettings({})).secondFolder).toBeNull();
    b.close();
  });
});
