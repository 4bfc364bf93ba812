/**
 * Classifies what went wrong when opening or using a database file, so callers
 * can act on the kind of failure instead of on message text.
 * Codes: https://www.sqlite.org/rescode.html
 */
export type StorageFailure = 'corrupt' | 'not-a-database' | 'read-only' | 'cannot-open' | 'full' | 'other';

export function classifyStorageError(error: unknown): StorageFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code === 'SQLITE_NOTADB') return 'not-a-database';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'cannot-open';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'full';
  return 'other';
}

/** Failures where the file itself is damaged, as opposed to the disk or permissions. */
export function isDamagedFile(failure: StorageFailure): boolean {
  return failure === 'corrupt' || failure === 'not-a-database';
}
