import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../../contract/model';
import { openConnection, type Connection } from './connection';
import { DatabaseTooNewError, latestVersion, migrate } from './migrate';
import { userDatabaseMigrations } from './migrations';
import { classifyStorageError, isDamagedFile } from './sqliteErrors';
import { isSqliteHeader, readFileHeader } from './sqliteHeader';

export const USER_DATABASE_FILE = 'duizhao.sqlite';

export interface UserDatabase {
  db: Connection;
  /** false when the file could not be used and the app runs on an in-memory database. */
  persistent: boolean;
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
 * Opens the user's database in `dir`, never crashing and never deleting it:
 * - a file from a newer Duizhao is left byte-for-byte untouched;
 * - a damaged file is moved aside (with its -wal/-shm) and a fresh one is made;
 * - a file that cannot be opened at all is left where it is.
 * In the last two failure cases the app runs on an in-memory database and says so.
 */
export function openUserDatabase(dir: string, options: OpenUserDatabaseOptions = {}): UserDatabase {
  const file = path.join(dir, USER_DATABASE_FILE);
  const inMemory = (notice: StartupNotice): UserDatabase => ({
    db: openMigrated(':memory:', options),
    persistent: false,
    notices: [notice],
  });

  try {
    fs.mkdirSync(dir, { recursive: true });
    checkBeforeOpening(file, options);
    return { db: openMigrated(file, options), persistent: true, notices: [] };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      return inMemory({ code: 'user-data-too-new', foundVersion: error.foundVersion, supportedVersion: error.supportedVersion });
    }
    const failure = classifyStorageError(error);
    if (!isDamagedFile(failure)) return inMemory({ code: 'user-data-unavailable', reason: failure });

    let movedTo: string;
    try {
      movedTo = moveAside(file, (options.now ?? (() => new Date()))());
    } catch (moveError) {
      return inMemory({ code: 'user-data-unavailable', reason: classifyStorageError(moveError) });
    }
    try {
      return { db: openMigrated(file, options), persistent: true, notices: [{ code: 'user-data-recovered', movedTo }] };
    } catch (retryError) {
      return inMemory({ code: 'user-data-unavailable', reason: classifyStorageError(retryError) });
    }
  }
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
  const supported = latestVersion(userDatabaseMigrations);
  let found = header.readUInt32BE(60);
  if (found <= supported && fs.existsSync(`${file}-wal`)) {
    const probe = openConnection(file, { readonly: true, nativeBinding: options.nativeBinding });
    try {
      found = probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  }
  if (found > supported) throw new DatabaseTooNewError(found, supported);
}

function openMigrated(file: string, options: OpenUserDatabaseOptions): Connection {
  const db = openConnection(file, { nativeBinding: options.nativeBinding });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(`quick_check: ${String(check)}`);
    migrate(db, userDatabaseMigrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const target = `${file}.damaged-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
