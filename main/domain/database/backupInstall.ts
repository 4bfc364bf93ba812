import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openConnection, type Connection } from './connection';
import { inspectDatabaseFile } from './backupCheck';
import {
  BackupError,
  errorCode,
  fsyncDirectory,
  fsyncFile,
  isInProgress,
  readHeader,
  removeCreatedSideFiles,
  removeSideFiles,
  SIDE_FILES,
  writingTempSync,
} from './backupFiles';
import { classifyStorageError, isDamagedFile } from './sqliteErrors';
import { moveWithoutReplacing, unusedAsideName } from './setAside';

export interface InstallOptions {
  nativeBinding?: string;
  now: () => Date;
}

/**
 * Replaces `databaseFile` with the backup file `source`. The owner calls it
 * after checking `source`, after taking a 'before-restore' backup and after
 * CLOSING every connection to `databaseFile`.
 *
 * Steps: copy the backup to a temporary file beside `databaseFile`, fsync it and
 * check it with `integrity_check`; checkpoint the old database so its main
 * file holds everything and its -wal is gone (throws 'in-use' if another
 * connection still has it open); rename the copy over `databaseFile`; fsync
 * the folder. A crash at any point leaves either the old database (with or
 * without its -wal, which is consistent either way after the checkpoint) or
 * the restored one, which never sees the old -wal. An old database that is
 * not sound (not SQLite, unreadable, failing quick_check), which its owner
 * could not have backed up, is not opened for writing: its main file is
 * copied and its -wal/-shm/-journal moved to `<databaseFile>.replaced-<stamp>…`
 * first. `source` itself is never changed.
 */
export function installDatabaseFile(source: string, label: string, databaseFile: string, options: InstallOptions): void {
  const target = path.resolve(databaseFile);
  removeAbandonedRestoreFiles(target);
  const temp = `${target}.restoring-${crypto.randomBytes(8).toString('hex')}.tmp`;
  writingTempSync(temp, () => {
    fs.copyFileSync(source, temp, fs.constants.COPYFILE_EXCL);
    if (!readHeader(temp)) throw new BackupError('damaged', `${label} is not an SQLite database`);
    let integrity: string;
    try {
      integrity = inspectDatabaseFile(temp, label, options.nativeBinding).integrity;
    } finally {
      removeSideFiles(temp); // a read-only look at a WAL-mode file leaves an empty -wal and a -shm
    }
    if (integrity !== 'ok') throw new BackupError('damaged', `${label} failed integrity_check: ${integrity}`);
    fsyncFile(temp);
    settleOldDatabase(target, options);
    fs.renameSync(temp, target);
  });
  fsyncDirectory(path.dirname(target));
}

/**
 * Makes sure nothing of the old database can leak into the file about to be
 * renamed over it. A sound database is checkpointed fully, so its main file
 * is complete and its -wal is deleted on close. One SQLite cannot use (not
 * SQLite, unreadable, failing quick_check) is never opened for writing, as
 * SQLite may discard a -wal it cannot match: its files are set aside.
 */
function settleOldDatabase(target: string, options: InstallOptions): void {
  if (!fs.existsSync(target)) {
    // A -wal or -journal without its database would be applied to the restored one.
    setAside(target, false, options.now());
    return;
  }
  if (!readHeader(target) || !isSound(target, options.nativeBinding)) {
    setAside(target, true, options.now());
    return;
  }
  const inUse = () => new BackupError('in-use', `${target} is still open elsewhere`);
  let old: Connection | undefined;
  try {
    old = openConnection(target, { nativeBinding: options.nativeBinding });
    const [result] = old.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result && result.busy !== 0) throw inUse();
  } catch (error) {
    const code = errorCode(error);
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw inUse();
    throw error;
  } finally {
    old?.close();
  }
  // The last connection to close deletes the -wal and -shm; if they are still there, another connection is open.
  if (fs.existsSync(`${target}-wal`) || fs.existsSync(`${target}-journal`)) throw inUse();
  fs.rmSync(`${target}-shm`, { force: true });
}

/** quick_check on a read-only connection; false when the file cannot be read as a database. */
function isSound(file: string, nativeBinding: string | undefined): boolean {
  const absentBefore = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(file + suffix));
  let db: Connection | undefined;
  try {
    db = openConnection(file, { readonly: true, nativeBinding });
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch (error) {
    if (isDamagedFile(classifyStorageError(error))) return false;
    throw error;
  } finally {
    db?.close();
    removeCreatedSideFiles(file, absentBefore);
  }
}

/**
 * Keeps the files of an old database SQLite cannot use: the main file is
 * copied (so the path still holds it until the rename), its side files are
 * moved, all to `<target>.replaced-<stamp>…`.
 */
function setAside(target: string, withMainFile: boolean, now: Date): void {
  const present = SIDE_FILES.filter((suffix) => fs.existsSync(target + suffix));
  if (!withMainFile && present.length === 0) return;
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const aside = unusedAsideName(`${target}.replaced-${stamp}`, ['', ...SIDE_FILES]);
  if (withMainFile) {
    fs.copyFileSync(target, aside, fs.constants.COPYFILE_EXCL);
    fsyncFile(aside);
  }
  for (const suffix of present) moveWithoutReplacing(target + suffix, aside + suffix);
  fsyncDirectory(path.dirname(target));
}

/** Removes what an interrupted install left beside `target`: `<name>.restoring-<hex>.tmp` and its side files. */
function removeAbandonedRestoreFiles(target: string): void {
  const base = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${base}\\.restoring-[0-9a-f]{16}\\.tmp(?:-journal|-wal|-shm)?$`);
  let entries: string[];
  try {
    entries = fs.readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = path.join(path.dirname(target), entry);
    if (pattern.test(entry) && !isInProgress(file)) fs.rmSync(file, { force: true });
  }
}
