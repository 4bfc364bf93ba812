import fs from 'node:fs';
import path from 'node:path';

/**
 * The user's data is theirs alone: folders 0700, files 0600, on every
 * platform with modes (issue 13, item 5). Windows has no such modes; its
 * per-user profile folder already keeps other users out.
 */
const HAS_MODES = process.platform !== 'win32';
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) as 0700, and takes group and other access away from one that exists. */
export function makePrivateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  tightenMode(dir);
}

/**
 * Takes group and other access away from `file` when it exists. The owner's
 * own bits are kept, so a file or folder the user made read-only stays so.
 * Best effort: a file owned by someone else cannot be changed, and is no
 * reason to refuse to start.
 */
export function tightenMode(file: string): void {
  if (!HAS_MODES) return;
  try {
    const { mode } = fs.statSync(file);
    if ((mode & 0o077) !== 0) fs.chmodSync(file, mode & 0o700);
  } catch {
    // missing, or not ours: see above
  }
}

/**
 * Creates an empty file as 0600 unless one is there. SQLite takes an empty
 * file for a new database, and gives its -wal, -shm and -journal the
 * database file's mode (os_unix.c, findCreateFileMode), so they are private too.
 */
export function createPrivateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  tightenMode(file);
}

/** Takes group and other access away from `dir` and the files directly in it, when it exists. */
export function tightenFolder(dir: string): void {
  if (!HAS_MODES || !fs.existsSync(dir)) return;
  tightenMode(dir);
  for (const entry of fs.readdirSync(dir)) tightenMode(path.join(dir, entry));
}
