import fs from 'node:fs';
import type { BackupFileSummary } from '../../../contract/backups';
import { openConnection, type Connection } from './connection';
import { BackupError, errorMessage, fsyncFile, readHeader } from './backupFiles';
import { userDatabaseMigrations } from './migrations';
import { classifyStorageError, isDamagedFile } from './sqliteErrors';

/**
 * What a backup file is, read without changing it: sound (SQLite,
 * `integrity_check`), a Duizhao user database, of a version this Duizhao can
 * open, and what it holds.
 */

/** integrity_check and user_version of a file, read-only; an unreadable database is a BackupError 'damaged'. */
export function inspectDatabaseFile(file: string, label: string, nativeBinding?: string): { integrity: string; schemaVersion: number } {
  return readOnly(file, label, nativeBinding, (db) => ({
    integrity: String(db.pragma('integrity_check', { simple: true })),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  }));
}

/**
 * Checks a file before it may replace the user database, and tells what it
 * holds. Throws a BackupError: 'damaged' when it is not SQLite or fails
 * `integrity_check`; 'foreign' when it is a sound database but not one
 * Duizhao wrote (no user_version, or tables of its version missing, as in the
 * bundled corpus or any other program's database); 'too-new' when a newer
 * Duizhao wrote it.
 */
export function checkBackupFile(file: string, supportedVersion: number, nativeBinding?: string, label = 'file'): BackupFileSummary {
  if (!readHeader(file)) throw new BackupError('damaged', `The ${label} is not an SQLite database`);
  const { integrity, schemaVersion } = inspectDatabaseFile(file, label, nativeBinding);
  if (integrity !== 'ok') throw new BackupError('damaged', `The ${label} failed integrity_check: ${integrity}`);
  if (schemaVersion > supportedVersion) {
    throw new BackupError('too-new', `The ${label} has schema version ${schemaVersion}; this version of Duizhao supports up to ${supportedVersion}.`, {
      reason: 'newer-data-version',
      values: { found: schemaVersion, supported: supportedVersion },
    });
  }
  return readOnly(file, label, nativeBinding, (db) => {
    const missing = schemaVersion < 1 ? ['user_version'] : expectedTables(schemaVersion).filter((name) => !hasTable(db, name));
    if (missing.length > 0) throw new BackupError('foreign', `The ${label} is not a Duizhao user database (missing: ${missing.join(', ')})`);
    return { sizeBytes: fs.statSync(file).size, schemaVersion, ...contents(db) };
  });
}

/**
 * The backup API copies page 1 as it is, so the copy of a WAL database says
 * WAL too. Switching the copy to rollback-journal mode makes it one
 * self-contained file that read-only opens leave alone (no -wal/-shm beside it).
 * Then checks it and makes it durable. Returns its user_version.
 */
export function sealCopy(temp: string, nativeBinding?: string): number {
  const copy = openConnection(temp, { nativeBinding });
  try {
    const mode = copy.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`Could not take the backup copy out of WAL mode (journal_mode is ${String(mode)})`);
  } finally {
    copy.close();
  }
  const { integrity, schemaVersion } = inspectDatabaseFile(temp, 'copy', nativeBinding);
  if (integrity !== 'ok') throw new BackupError('damaged', `The backup copy failed integrity_check: ${integrity}`);
  fsyncFile(temp);
  return schemaVersion;
}

function readOnly<T>(file: string, label: string, nativeBinding: string | undefined, read: (db: Connection) => T): T {
  let db: Connection | undefined;
  try {
    db = openConnection(file, { readonly: true, nativeBinding });
    return read(db);
  } catch (error) {
    if (isDamagedFile(classifyStorageError(error))) throw new BackupError('damaged', `The ${label} cannot be read: ${errorMessage(error)}`);
    throw error;
  } finally {
    db?.close();
  }
}

const tablesByVersion = new Map<number, string[]>();

/** The tables migrations 1..version make, found by running them on an empty database in memory. */
function expectedTables(version: number): string[] {
  let tables = tablesByVersion.get(version);
  if (!tables) {
    const db = openConnection(':memory:');
    try {
      for (const migration of userDatabaseMigrations.filter((m) => m.version <= version)) migration.up(db);
      tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    } finally {
      db.close();
    }
    tablesByVersion.set(version, tables);
  }
  return tables;
}

function hasTable(db: Connection, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function contents(db: Connection): Pick<BackupFileSummary, 'annotationCount' | 'lastChangedAt'> {
  const stamps: (string | null)[] = [(db.prepare('SELECT max(updated_at) AS at FROM preference').get() as { at: string | null }).at];
  let annotationCount = 0;
  if (hasTable(db, 'annotation')) {
    annotationCount = (db.prepare('SELECT count(*) AS n FROM annotation WHERE deleted_at IS NULL').get() as { n: number }).n;
    const row = db.prepare('SELECT max(max(updated_at), coalesce(max(deleted_at), \'\')) AS at FROM annotation').get() as { at: string | null };
    stamps.push(row.at || null);
  }
  const valid = stamps.filter((s): s is string => typeof s === 'string' && !Number.isNaN(Date.parse(s))).sort();
  return { annotationCount, lastChangedAt: valid.length > 0 ? new Date(Date.parse(valid[valid.length - 1])).toISOString() : null };
}
