import fs from 'node:fs';
import { isSqliteHeader, readFileHeader } from './sqliteHeader';
import type { ErrorDetails } from '../../../contract/result';

/**
 * The file handling every kind of backup shares: what counts as an SQLite
 * file, the side files SQLite puts beside one, making writes and renames
 * durable, and the temporary files this process is writing right now.
 */

export type BackupErrorCode =
  /** The name is not a backup name, or no such backup exists. */
  | 'not-found'
  /** The file is not an SQLite database or fails `PRAGMA integrity_check`. */
  | 'damaged'
  /** A sound SQLite database, but not a Duizhao user database. */
  | 'foreign'
  /** The backup was written by a newer Duizhao than the running one. */
  | 'too-new'
  /** The file is larger than a backup file may be (BACKUP_FILE_MAX_BYTES). */
  | 'too-large'
  /** The database to be replaced is still open somewhere (its connection was not closed). */
  | 'in-use';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export const SIDE_FILES = ['-journal', '-wal', '-shm'] as const;

/** Temporary files this process is writing right now, so a clean-up never removes one in use. */
const inProgress = new Set<string>();

/** Runs `work` with `temp` marked as in use; `temp` and its side files are removed if it fails. */
export async function writingTemp<T>(temp: string, work: () => T | Promise<T>): Promise<T> {
  inProgress.add(temp);
  try {
    return await work();
  } catch (error) {
    removeWithSideFiles(temp);
    throw error;
  } finally {
    inProgress.delete(temp);
  }
}

/** The synchronous twin of writingTemp, for steps that must not yield (a restore with the database closed). */
export function writingTempSync<T>(temp: string, work: () => T): T {
  inProgress.add(temp);
  try {
    return work();
  } catch (error) {
    removeWithSideFiles(temp);
    throw error;
  } finally {
    inProgress.delete(temp);
  }
}

export function isInProgress(file: string): boolean {
  for (const temp of inProgress) if (file === temp || file.startsWith(`${temp}-`)) return true;
  return false;
}

/** The first 100 bytes of `file` when they are an SQLite header; null when missing, short, unreadable or not SQLite. */
export function readHeader(file: string): Buffer | null {
  try {
    if (!fs.statSync(file).isFile()) return null;
    const header = readFileHeader(file);
    return isSqliteHeader(header) ? header : null;
  } catch {
    return null;
  }
}

export function removeSideFiles(file: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(file + suffix, { force: true });
}

export function removeWithSideFiles(file: string): void {
  try {
    fs.rmSync(file, { force: true });
    removeSideFiles(file);
  } catch {
    // The original error matters more; an abandoned temp file is removed by the next backup.
  }
}

/**
 * A read-only connection to a WAL database creates a -wal and -shm when they
 * are missing and leaves them on close. Removes those it created: the -wal
 * only while empty (no frames), the -shm (an index rebuilt on the next open).
 */
export function removeCreatedSideFiles(file: string, absentBefore: string[]): void {
  try {
    if (absentBefore.includes('-wal') && fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size === 0) fs.rmSync(`${file}-wal`);
    if (absentBefore.includes('-shm')) fs.rmSync(`${file}-shm`, { force: true });
  } catch {
    // Harmless leftovers: SQLite uses or replaces them on the next open.
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes a rename durable on POSIX. Best effort: Windows cannot open a folder
 * this way, and some file systems refuse; the rename has happened by then,
 * and the worst a lost folder entry can cause is a missing file, never a half-written one.
 */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // see above
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
