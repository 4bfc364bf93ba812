import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSettings, SecondCopyFailure, SecondCopyStatus } from '../../../contract/backups';
import { parseBackupName } from './backupNames';
import { errorCode, errorMessage, fsyncDirectory, fsyncFile, readHeader, writingTemp } from './backupFiles';
import type { ErrorReason } from '../../../contract/result';

/**
 * Where the second backup folder is recorded. A file of its own in the user
 * data folder, not a preference in the user database: the folder belongs to
 * this machine, and restoring a backup made elsewhere must not bring another
 * machine's path along.
 */
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';

export class SecondFolderError extends Error {
  constructor(
    readonly reason: ErrorReason & `folder-${string}`,
    message: string,
  ) {
    super(message);
    this.name = 'SecondFolderError';
  }
}

interface StoredSettings {
  secondFolder: string | null;
  lastSecondCopy: SecondCopyStatus | null;
}

/**
 * An optional second folder (another disk, a USB stick left plugged in, a
 * synced folder) that gets a copy of each daily and manual backup, pruned to
 * the same number as the backups folder keeps. A copy that fails is recorded
 * for Settings to show and never stops the backup it copies.
 */
export class SecondBackupFolder {
  private readonly file: string;

  constructor(
    userDataDir: string,
    private readonly options: { keep: number; primaryDir: string; now: () => Date },
  ) {
    this.file = path.join(userDataDir, BACKUP_SETTINGS_FILE);
  }

  settings(): BackupSettings {
    return this.read();
  }

  /** Sets the folder after checking it is absolute, exists, is not the backups folder itself and takes a file; null clears it. */
  setFolder(folder: string | null): BackupSettings {
    if (folder !== null) checkFolder(folder, this.options.primaryDir);
    this.write({ secondFolder: folder === null ? null : path.resolve(folder), lastSecondCopy: null });
    return this.read();
  }

  /** Copies the backup file `source` into the second folder, if one is set; returns how it went, null when none is set. */
  async copy(source: string): Promise<SecondCopyStatus | null> {
    const { secondFolder } = this.read();
    if (secondFolder === null) return null;
    const at = this.options.now().toISOString();
    let status: SecondCopyStatus;
    try {
      const name = path.basename(source);
      await copyDurably(source, secondFolder, name);
      pruneRoutineBackups(secondFolder, this.options.keep, name);
      status = { at, ok: true, fileName: name };
    } catch (error) {
      status = { at, ok: false, failure: failureOf(error), message: errorMessage(error) };
    }
    this.write({ secondFolder, lastSecondCopy: status });
    return status;
  }

  private read(): StoredSettings {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<StoredSettings>;
      const secondFolder = typeof parsed.secondFolder === 'string' && path.isAbsolute(parsed.secondFolder) ? parsed.secondFolder : null;
      const last = parsed.lastSecondCopy;
      const lastSecondCopy = secondFolder !== null && last && typeof last === 'object' && typeof last.at === 'string' ? last : null;
      return { secondFolder, lastSecondCopy };
    } catch {
      return { secondFolder: null, lastSecondCopy: null }; // none yet, or unreadable: no second folder
    }
  }

  /** Written to a temporary file and renamed, so the settings are either the old ones or the new ones. */
  private write(settings: StoredSettings): void {
    const temp = `${this.file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(temp, JSON.stringify(settings, null, 2), { mode: 0o600 });
      fsyncFile(temp);
      fs.renameSync(temp, this.file);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
    fsyncDirectory(path.dirname(this.file));
  }
}

function checkFolder(folder: string, primaryDir: string): void {
  if (!path.isAbsolute(folder)) throw new SecondFolderError('folder-not-absolute', `Not an absolute path: ${folder}`);
  let real: string;
  try {
    real = fs.realpathSync(folder);
    if (!fs.statSync(real).isDirectory()) throw new SecondFolderError('folder-not-a-folder', `Not a folder: ${folder}`);
  } catch (error) {
    if (error instanceof SecondFolderError) throw error;
    throw new SecondFolderError('folder-unreachable', `The folder cannot be reached: ${errorMessage(error)}`);
  }
  const primary = fs.existsSync(primaryDir) ? fs.realpathSync(primaryDir) : path.resolve(primaryDir);
  if (real === primary) throw new SecondFolderError('folder-is-backups-folder', 'The second folder must not be the backups folder itself');
  const probe = path.join(real, `.duizhao-probe-${crypto.randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(probe, '');
  } catch (error) {
    throw new SecondFolderError('folder-not-writable', `Duizhao cannot write in that folder: ${errorMessage(error)}`);
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

/** Copies to a temporary name in `folder`, fsyncs and renames, so the folder holds whole backups only. */
async function copyDurably(source: string, folder: string, name: string): Promise<void> {
  if (!fs.statSync(folder).isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
  const temp = path.join(folder, `duizhao-backup-${crypto.randomBytes(8).toString('hex')}.tmp`);
  await writingTemp(temp, async () => {
    await fs.promises.copyFile(source, temp, fs.constants.COPYFILE_EXCL);
    fsyncFile(temp);
    fs.renameSync(temp, path.join(folder, name));
  });
  fsyncDirectory(folder);
}

/** Keeps the newest `keep` daily and manual backups there, and always `justCopied`; other files are never touched. */
function pruneRoutineBackups(folder: string, keep: number, justCopied: string): void {
  const routine = fs
    .readdirSync(folder)
    .filter((name) => {
      const parsed = parseBackupName(name);
      return parsed !== null && (parsed.reason === 'daily' || parsed.reason === 'manual') && name !== justCopied;
    })
    .sort()
    .reverse();
  for (const stale of routine.slice(keep - 1)) {
    const file = path.join(folder, stale);
    if (!readHeader(file)) continue;
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // best effort; the next copy retries
    }
  }
}

function failureOf(error: unknown): SecondCopyFailure {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'not-writable';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  return 'other';
}
