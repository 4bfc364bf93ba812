import type { StorageFailure } from '../../../contract/model';
import type { ErrorCode } from '../../../contract/result';

export type { StorageFailure } from '../../../contract/model';

/**
 * Classifies what went wrong when opening or using a database file, so callers
 * can act on the kind of failure instead of on message text.
 * Codes: https://www.sqlite.org/rescode.html
 */
export function classifyStorageError(error: unknown): StorageFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code === 'SQLITE_NOTADB') return 'not-a-database';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'cannot-open';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  return 'other';
}

/** Failures where the file itself is damaged, as opposed to the disk or permissions. */
export function isDamagedFile(failure: StorageFailure): boolean {
  return failure === 'corrupt' || failure === 'not-a-database';
}

const ERROR_CODE_OF: Partial<Record<StorageFailure, ErrorCode>> = {
  'read-only': 'user-data-read-only',
  full: 'storage-full',
  io: 'storage-io-error',
  'cannot-open': 'user-data-read-only', // EACCES, EPERM: the file or its folder refuses writing
  corrupt: 'storage-corrupt',
  'not-a-database': 'storage-corrupt',
};

/** The code the renderer translates for a storage failure met while serving a call; null when it is not one. */
export function storageErrorCode(error: unknown): ErrorCode | null {
  return ERROR_CODE_OF[classifyStorageError(error)] ?? null;
}
