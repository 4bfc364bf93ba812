import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Makes a file or folder that this process cannot write, and returns the
 * function that undoes it; null where the machine cannot (Windows, or root
 * without `chattr`). A plain user loses the write bits. Root ignores them, so
 * for root the file is made immutable (`chattr +i`), which refuses writes to
 * root too, as a read-only disk would.
 */
export function makeReadOnly(target: string): (() => void) | null {
  if (process.platform === 'win32') return null;
  if (process.getuid?.() !== 0) {
    const mode = fs.statSync(target).mode & 0o777;
    fs.chmodSync(target, mode & ~0o222);
    return () => fs.chmodSync(target, mode);
  }
  try {
    execFileSync('chattr', ['+i', target], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('chattr', ['-i', target], { stdio: 'ignore' });
}

/** Makes `target` unreadable as well as unwritable; null where the machine cannot (Windows, root). */
export function makeUnreadable(target: string): (() => void) | null {
  if (process.platform === 'win32' || process.getuid?.() === 0) return null;
  const mode = fs.statSync(target).mode & 0o777;
  fs.chmodSync(target, 0);
  return () => fs.chmodSync(target, mode);
}
