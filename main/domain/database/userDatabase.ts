import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../../contract/model';
import { BACKUP_DIR_NAME } from './backups';
import { openConnection, type Connection } from './connection';
import { DatabaseTooNewError, migrate } from './migrate';
import { userDatabaseMigrations } from './migrations';
import { createPrivateFile, makePrivateFolder, tightenFolder, tightenMode } from './privateFiles';
import { canShow, openEmptyRefusingWrites, openReadOnly, SUPPORTED_VERSION } from './readOnlyOpen';
import { asideStamp, copyWithoutReplacing, moveAsideWithSideFiles, unusedAsideName } from './setAside';
import { classifyStorageError, isDamagedFile, type StorageFailure } from './sqliteErrors';
import { isSqliteHeader, readFileHeader } from './sqliteHeader';
import { inspectWalOf, walIsDamaged } from './walFile';

export const USER_DATABASE_FILE = 'duizhao.sqlite';
const SIDE_FILES = ['-wal', '-shm'] as const;

export interface UserDatabase {
  db: Connection;
  /** false when the file could not be read and the app runs on an empty in-memory database. */
  persistent: boolean;
  /** false when nothing can be saved: the connection refuses every write (SQLITE_READONLY), and a lasting notice says why. */
  writable: boolean;
  notices: StartupNotice[];
}

export interface OpenUserDatabaseOptions {
  nativeBinding?: string;
  now?: () => Date;
}

class CorruptDatabaseError extends Error {
  readonly code = 'SQLITE_CORRUPT';
}

class NotADatabaseError extends Error {
  readonly code = 'SQLITE_NOTADB';
}

/**
 * Opens the user's database in `dir`, never crashing, never deleting it and
 * never running on an empty database that accepts writes it will lose:
 * - a damaged -wal is copied aside before SQLite recovers from it;
 * - a file from a newer Duizhao, or one that cannot be written (read-only
 *   file, folder or disk), is opened read-only and shown when this version
 *   can read its tables; every write is then refused;
 * - a damaged file is moved aside (with its -wal/-shm) and a fresh one is made;
 * - a file that cannot be read at all is left where it is, and the app runs on
 *   an empty database that refuses writes.
 * The folder and the files are private to the user (0700/0600).
 */
export function openUserDatabase(dir: string, options: OpenUserDatabaseOptions = {}): UserDatabase {
  const file = path.join(dir, USER_DATABASE_FILE);
  const now = options.now ?? (() => new Date());
  try {
    makePrivateFolder(dir);
    tightenFolder(path.join(dir, BACKUP_DIR_NAME)); // backups made before folders were private
  } catch (error) {
    return unavailable(file, classifyStorageError(error), [], options);
  }
  const walNotices: StartupNotice[] = [];
  try {
    const damagedWal = keepDamagedWal(file, now());
    if (damagedWal) walNotices.push(damagedWal);
  } catch (error) {
    // Without its copy the log must not meet a writing connection, which would overwrite it.
    const inspection = inspectWalOf(file);
    walNotices.push({ code: 'user-data-wal-damaged', copiedTo: null, transactionsKept: inspection?.transactionsKept ?? 0, transactionsLost: inspection?.transactionsLost ?? 0 });
    return readOnly(file, classifyStorageError(error), walNotices, options);
  }

  try {
    checkBeforeOpening(file, options);
    return { db: openWritable(file, options), persistent: true, writable: true, notices: walNotices };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) return readOnly(file, 'other', walNotices, options);
    const failure = classifyStorageError(error);
    if (!isDamagedFile(failure)) return readOnly(file, failure, walNotices, options);

    let movedTo: string;
    try {
      movedTo = moveAsideWithSideFiles(file, `${file}.damaged-${asideStamp(now())}`, SIDE_FILES);
    } catch (moveError) {
      return unavailable(file, classifyStorageError(moveError), walNotices, options);
    }
    try {
      return { db: openWritable(file, options), persistent: true, writable: true, notices: [...walNotices, { code: 'user-data-recovered', movedTo }] };
    } catch (retryError) {
      return unavailable(file, classifyStorageError(retryError), walNotices, options);
    }
  }
}

/**
 * Opens the file read-only after it could not be opened for writing because of `failure`.
 * A newer Duizhao's file says so, whatever the failure was.
 */
function readOnly(file: string, failure: StorageFailure, notices: StartupNotice[], options: OpenUserDatabaseOptions): UserDatabase {
  const opened = openReadOnly(file, options.nativeBinding);
  if (!opened) return unavailable(file, failure === 'other' ? 'cannot-open' : failure, notices, options);
  const shown = canShow(opened.db, options.nativeBinding);
  const notice: StartupNotice =
    opened.version > SUPPORTED_VERSION
      ? { code: 'user-data-too-new', foundVersion: opened.version, supportedVersion: SUPPORTED_VERSION, shown }
      : shown
        ? { code: 'user-data-read-only', file, reason: failure }
        : { code: 'user-data-unavailable', file, reason: failure };
  if (shown) return { db: opened.db, persistent: true, writable: false, notices: [...notices, notice] };
  opened.db.close();
  return { db: openEmptyRefusingWrites(options.nativeBinding), persistent: false, writable: false, notices: [...notices, notice] };
}

function unavailable(file: string, reason: StorageFailure, notices: StartupNotice[], options: OpenUserDatabaseOptions): UserDatabase {
  return {
    db: openEmptyRefusingWrites(options.nativeBinding),
    persistent: false,
    writable: false,
    notices: [...notices, { code: 'user-data-unavailable', file, reason }],
  };
}

/**
 * Looks at an existing file before anything opens it for writing, so that
 * a file from a newer Duizhao, or one that is not a database at all, is
 * refused with its -wal untouched (SQLite may discard a -wal it cannot
 * match to its database). user_version sits at offset 60 of the header
 * (https://www.sqlite.org/fileformat.html#user_version_number); when a -wal
 * exists the newest value may be in it, so SQLite is asked, read-only.
 */
function checkBeforeOpening(file: string, options: OpenUserDatabaseOptions): void {
  if (!fs.existsSync(file)) return;
  const header = readFileHeader(file);
  if (header.length === 0) return; // an empty file is a new database
  if (!isSqliteHeader(header)) throw new NotADatabaseError(`${file} is not an SQLite database`);
  let found = header.readUInt32BE(60);
  if (found <= SUPPORTED_VERSION && fs.existsSync(`${file}-wal`)) {
    const probe = openConnection(file, { readonly: true, nativeBinding: options.nativeBinding });
    try {
      found = probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  }
  if (found > SUPPORTED_VERSION) throw new DatabaseTooNewError(found, SUPPORTED_VERSION);
}

/**
 * Opens, checks and migrates the file, then proves it can be written: a file
 * that is read-only (or in a read-only folder, or on a read-only disk) opens
 * without complaint and fails only at the first write, which must be now,
 * not when the user saves their first note.
 */
function openWritable(file: string, options: OpenUserDatabaseOptions): Connection {
  createPrivateFile(file);
  const db = openConnection(file, { nativeBinding: options.nativeBinding });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(`quick_check: ${String(check)}`);
    migrate(db, userDatabaseMigrations);
    const version = db.pragma('user_version', { simple: true }) as number;
    db.transaction(() => db.pragma(`user_version = ${version}`)).immediate();
    for (const suffix of SIDE_FILES) tightenMode(file + suffix);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * When the -wal beside `file` holds committed transactions that SQLite's
 * recovery would drop (a damaged frame before them), copies it, with the
 * database it belongs to, aside under names no file has, before any
 * connection opens it; returns the notice telling the user. Throws when the copy fails.
 */
function keepDamagedWal(file: string, now: Date): StartupNotice | null {
  const inspection = inspectWalOf(file);
  if (!inspection || !walIsDamaged(inspection)) return null;
  const base = unusedAsideName(`${file}.wal-damaged-${asideStamp(now)}`, ['.sqlite', '.sqlite-wal-copy']);
  copyWithoutReplacing(`${file}-wal`, `${base}.sqlite-wal-copy`);
  tightenMode(`${base}.sqlite-wal-copy`);
  if (fs.existsSync(file)) {
    copyWithoutReplacing(file, `${base}.sqlite`);
    tightenMode(`${base}.sqlite`);
  }
  return { code: 'user-data-wal-damaged', copiedTo: `${base}.sqlite-wal-copy`, transactionsKept: inspection.transactionsKept, transactionsLost: inspection.transactionsLost };
}
