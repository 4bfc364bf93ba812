import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openConnection, type Connection } from './connection';
import { latestVersion, migrate } from './migrate';
import { userDatabaseMigrations } from './migrations';
import { PRIVATE_FOLDER_MODE } from './privateFiles';
import { classifyStorageError } from './sqliteErrors';

export interface ReadOnlyOpening {
  db: Connection;
  /** The file's user_version. */
  version: number;
}

/**
 * Opens the user's database for reading only, never writing a byte of it or
 * of its -wal. When SQLite cannot open it in place (a WAL database in a
 * read-only folder without its -shm), a private copy in the temporary folder
 * is read instead (https://www.sqlite.org/wal.html#readonly).
 * Returns null when it cannot be read at all or fails quick_check.
 */
export function openReadOnly(file: string, nativeBinding?: string): ReadOnlyOpening | null {
  if (!fs.existsSync(file)) return null;
  try {
    return readable(openConnection(file, { readonly: true, nativeBinding }));
  } catch (error) {
    if (classifyStorageError(error) !== 'cannot-open') return null;
  }
  try {
    return readable(openConnection(snapshot(file), { readonly: true, nativeBinding }));
  } catch {
    return null;
  }
}

function readable(db: Connection): ReadOnlyOpening | null {
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
    return { db, version: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Copies the database and its -wal into a private temporary folder, removed when the process exits. */
function snapshot(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-read-only-'));
  fs.chmodSync(dir, PRIVATE_FOLDER_MODE);
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

let expectedColumns: Map<string, string[]> | null = null;

/**
 * Whether this version's code can read the file's tables: every table and
 * column the latest schema has is there. A newer Duizhao may have added
 * tables and columns, which are ignored; one that renamed or dropped
 * something we read cannot be shown.
 */
export function canShow(db: Connection, nativeBinding?: string): boolean {
  if (!expectedColumns) {
    const reference = openEmptyRefusingWrites(nativeBinding);
    try {
      expectedColumns = columnsOf(reference);
    } finally {
      reference.close();
    }
  }
  const found = columnsOf(db);
  for (const [table, columns] of expectedColumns) {
    const present = found.get(table);
    if (!present || columns.some((column) => !present.includes(column))) return false;
  }
  return true;
}

function columnsOf(db: Connection): Map<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck();
  return new Map(tables.map((table) => [table, columns.all(table) as string[]]));
}

/** An empty database of the current schema that refuses every write, for when the user's cannot be read. */
export function openEmptyRefusingWrites(nativeBinding?: string): Connection {
  const db = openConnection(':memory:', { nativeBinding });
  migrate(db, userDatabaseMigrations);
  db.pragma('query_only = ON');
  return db;
}

export const SUPPORTED_VERSION = latestVersion(userDatabaseMigrations);
