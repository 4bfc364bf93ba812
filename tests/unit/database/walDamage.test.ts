import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { checkpointWhenIdle } from '../../../main/domain/database/idleCheckpoint';
import { openUserDatabase, USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { inspectWal, walIsDamaged } from '../../../main/domain/database/walFile';
import { buildBundledCorpusInto, REPO_ROOT } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

/** Issue 13, item 2: a damaged -wal is found, kept and told, never silently cut short. */
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});

const fixedNow = () => new Date('2026-11-22T10:20:30.456Z');

/** A WAL of `commits` one-row transactions, copied while its connection is still open (as a crash leaves it). */
function walOf(commits: number): Buffer {
  const file = path.join(tempDir(), 'w.sqlite');
  const db = openConnection(file);
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (body TEXT)');
  for (let i = 0; i < commits - 1; i++) db.prepare('INSERT INTO t VALUES (?)').run(`row ${i} `.repeat(100));
  const bytes = fs.readFileSync(`${file}-wal`);
  db.close();
  return bytes;
}

const flipBit = (bytes: Buffer, at: number): Buffer => {
  const copy = Buffer.from(bytes);
  copy[at] ^= 0x10;
  return copy;
};

describe('reading a WAL file', () => {
  it('counts the transactions recovery keeps, and those a flipped bit would drop', () => {
    const wal = walOf(50);
    expect(inspectWal(wal)).toMatchObject({ transactionsKept: 50, transactionsLost: 0, headerDamaged: false });
    expect(walIsDamaged(inspectWal(wal))).toBe(false);

    const damaged = inspectWal(flipBit(wal, Math.floor(wal.length / 2)));
    expect(walIsDamaged(damaged)).toBe(true);
    expect(damaged.transactionsKept + damaged.transactionsLost).toBeGreaterThanOrEqual(49);
    expect(damaged.transactionsLost).toBeGreaterThan(10);

    // A torn last frame of a transaction that never committed is not damage: nothing acknowledged is lost.
    expect(walIsDamaged(inspectWal(wal.subarray(0, wal.length - 100)))).toBe(false);
    // A damaged header makes SQLite ignore the whole log.
    expect(walIsDamaged(inspectWal(flipBit(wal, 20)))).toBe(true);
  });
});

/** Runs the crash test's writer until `killAfter` writes are acknowledged, then SIGKILL. */
function writeUntilKilled(userDataDir: string, killAfter: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'tests', 'helpers', 'annotationBurstWriter.ts'), userDataDir, corpusFile, '1000'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let acknowledged = 0;
  createInterface({ input: child.stdout }).on('line', () => {
    if (++acknowledged === killAfter) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('exit', () => resolve(acknowledged)));
}

describe('a WAL damaged after a crash', () => {
  it('is copied aside before recovery, never over an existing file, and the user is told what was kept', async () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const acknowledged = await writeUntilKilled(dir, 100);
    const wal = fs.readFileSync(`${file}-wal`);
    const flipped = flipBit(wal, Math.floor(wal.length / 2));
    fs.writeFileSync(`${file}-wal`, flipped);
    // Someone's file already has the first name the copy would take: it must survive.
    const taken = `${file}.wal-damaged-20261122T102030Z.sqlite-wal-copy`;
    fs.writeFileSync(taken, 'not ours');

    const reopened = openUserDatabase(dir, { now: fixedNow });

    const copy = `${file}.wal-damaged-20261122T102030Z-2.sqlite-wal-copy`;
    const found = reopened.db.prepare('SELECT COUNT(*) FROM annotation').pluck().get() as number;
    const [notice] = reopened.notices;
    expect(notice).toMatchObject({ code: 'user-data-wal-damaged', copiedTo: copy });
    expect(fs.readFileSync(copy).equals(flipped)).toBe(true);
    expect(fs.readFileSync(taken, 'utf8')).toBe('not ours');
    expect(fs.existsSync(`${file}.wal-damaged-20261122T102030Z-2.sqlite`)).toBe(true);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    if (notice.code !== 'user-data-wal-damaged') throw new Error('unreachable');
    expect(notice.transactionsLost).toBeGreaterThan(0);
    expect(found).toBeLessThan(acknowledged);
    console.log(
      `WAL bit flip: ${acknowledged} writes acknowledged, SIGKILL, one bit flipped at byte ${Math.floor(wal.length / 2)} of ${wal.length}; ` +
        `on reopening ${found} annotations found, ${notice.transactionsKept} transactions recovered, ${notice.transactionsLost} reported lost, the log kept at ${path.basename(copy)}`,
    );
    reopened.db.close();
  }, 60_000);
});

describe('checkpointing when idle', () => {
  it('empties the WAL once writes have stopped', async () => {
    const { db } = openUserDatabase(tempDir());
    const file = db.name;
    db.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 20; i++) db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES (?, '1', 'x')").run(`k${i}`);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const stop = checkpointWhenIdle(() => ({ db, file }), { idleMs: 100, everyMs: 25 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    stop();
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM preference').pluck().get()).toBe(20);
    db.close();
  });
});
