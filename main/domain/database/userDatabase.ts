import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../../contract/model';
import { openConnection, type Connection } from './connection';
import { DatabaseTooNewError, latestVersion, migrate } from './migrate';
import { userDatabaseMigrations } from './migrations';
import { classifyStorageError, isDamagedFile } from './sqliteErrors';

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
    refuseIfTooNew(file, options);
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

/** Reads user_version without writing anything, so a newer file stays exactly as it was. */
function refuseIfTooNew(file: string, options: OpenUserDatabaseOptions): void {
  if (!fs.existsSync(file)) return;
  const probe = openConnection(file, { readonly: true, nativeBinding: options.nativeBinding });
  try {
    const found = probe.pragma('user_version', { simple: true }) as number;
    const supported = latestVersion(userDatabaseMigrations);
    if (found > supported) throw new DatabaseTooNewError(found, supported);
  } finally {
    probe.close();
  }
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
