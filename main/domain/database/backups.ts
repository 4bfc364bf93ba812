import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_FILE_MAX_BYTES, BACKUP_REASONS, type BackupFileSummary, type BackupInfo, type BackupReason, type BackupSettings } from '../../../contract/backups';
import { openConnection, type Connection } from './connection';
import { checkBackupFile, sealCopy } from './backupCheck';
import { BackupError, errorCode, fsyncDirectory, isInProgress, readHeader, removeCreatedSideFiles, removeWithSideFiles, writingTemp } from './backupFiles';
import { installDatabaseFile } from './backupInstall';
import { backupFileName, parseBackupName } from './backupNames';
import { latestVersion } from './migrate';
import { userDatabaseMigrations } from './migrations';
import { createPrivateFile, makePrivateFolder } from './privateFiles';
import { SecondBackupFolder } from './secondBackupFolder';
import { classifyStorageError, isDamagedFile } from './sqliteErrors';

/** The folder, inside the user-data dir, that holds the user database's backups. */
export const BACKUP_DIR_NAME = 'backups';
export const DEFAULT_BACKUPS_KEPT = 10;

export type { BackupInfo, BackupReason } from '../../../contract/backups';
export { BackupError, type BackupErrorCode } from './backupFiles';
export { backupFileName, outsideFileName, parseBackupName } from './backupNames';

export interface UserDatabaseBackupsOptions {
  /** How many backups of each retention pool are kept (see `UserDatabaseBackups`). Default 10. */
  keep?: number;
  nativeBinding?: string;
  now?: () => Date;
}

/** A backup file from outside the app: its bytes (uploaded) or its path (chosen in Electron's open dialog). */
export type OutsideFile = { bytes: Buffer } | { path: string };

const DAY_MS = 24 * 60 * 60 * 1000;
/** A backup being written: `duizhao-backup-<16 hex>.tmp`, plus any journal SQLite puts beside it. */
const BACKUP_TEMP_PATTERN = /^duizhao-backup-[0-9a-f]{16}\.tmp(?:-journal|-wal|-shm)?$/;

/**
 * Backups of the user database, in `<userDataDir>/backups`, made with SQLite's
 * online backup API (https://www.sqlite.org/backup.html).
 *
 * Every backup is written to a temporary file, converted to a self-contained
 * rollback-journal file, checked with `PRAGMA integrity_check`, fsynced and only
 * then renamed to its final name, so a backup file is either whole and checked
 * or absent. The same holds for a backup saved to a file the user chose.
 *
 * Retention: backups are kept per pool, `keep` in each, newest first:
 * - 'daily' and 'manual' share the routine pool;
 * - 'before-migration' has its own pool;
 * - 'before-restore' has its own pool.
 * So a burst of manual backups can never push out the copy taken before a
 * migration or a restore. The backup just made is never pruned, even when the
 * clock went backwards. Files that do not carry a backup name, or whose header
 * is not SQLite's, are never deleted. Routine backups are also copied to the
 * second folder, when one is set (see SecondBackupFolder).
 */
export class UserDatabaseBackups {
  readonly dir: string;
  readonly secondFolder: SecondBackupFolder;
  private readonly keep: number;
  private readonly nativeBinding: string | undefined;
  private readonly now: () => Date;

  constructor(userDataDir: string, options: UserDatabaseBackupsOptions = {}) {
    const keep = options.keep ?? DEFAULT_BACKUPS_KEPT;
    if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a whole number of at least 1, got ${keep}`);
    this.dir = path.join(userDataDir, BACKUP_DIR_NAME);
    this.keep = keep;
    this.nativeBinding = options.nativeBinding;
    this.now = options.now ?? (() => new Date());
    this.secondFolder = new SecondBackupFolder(userDataDir, { keep, primaryDir: this.dir, now: this.now });
  }

  /** The backups, newest first. Unrelated files, temporary files and files without an SQLite header are left out. */
  list(): BackupInfo[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(this.dir, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const found: BackupInfo[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const parsed = parseBackupName(entry.name);
      if (!parsed) continue;
      const file = path.join(this.dir, entry.name);
      const header = readHeader(file);
      if (!header) continue;
      let sizeBytes: number;
      try {
        sizeBytes = fs.statSync(file).size;
      } catch {
        continue; // removed meanwhile
      }
      // Backups are in rollback-journal mode, so the header's user_version (offset 60) is current.
      found.push({ name: entry.name, ...parsed, sizeBytes, schemaVersion: header.readUInt32BE(60) });
    }
    return found.sort(newestFirst);
  }

  /**
   * Backs up `db` (open, possibly read-only, possibly with data still in its -wal)
   * and prunes older backups; a routine backup is then copied to the second
   * folder, whose failure is recorded there and never thrown. Throws a
   * BackupError 'damaged' when the copy fails `integrity_check`; on any
   * failure no file of this backup is left behind.
   */
  async backup(db: Connection, reason: BackupReason): Promise<BackupInfo> {
    if (!(BACKUP_REASONS as readonly string[]).includes(reason)) throw new TypeError(`Unknown backup reason: ${String(reason)}`);
    let schemaVersion = 0;
    // The name is chosen and used in one synchronous step, so concurrent backups cannot pick the same one.
    const name = await this.writeCopy(db, (temp) => {
      schemaVersion = sealCopy(temp, this.nativeBinding);
      const unused = this.unusedName(reason);
      fs.renameSync(temp, path.join(this.dir, unused));
      return unused;
    });
    fsyncDirectory(this.dir);

    const file = path.join(this.dir, name);
    const info: BackupInfo = { name, ...(parseBackupName(name) as { createdAt: string; reason: BackupReason }), sizeBytes: fs.statSync(file).size, schemaVersion };
    this.prune(name);
    if (poolOf(reason) === 'routine') await this.secondFolder.copy(file).catch(() => null);
    return info;
  }

  /** A 'daily' backup when no daily or manual backup was made in the 24 hours up to now; otherwise null. */
  async backupIfDue(db: Connection): Promise<BackupInfo | null> {
    const now = this.now().getTime();
    const recent = this.list().some((b) => {
      if (poolOf(b.reason) !== 'routine') return false;
      const age = now - Date.parse(b.createdAt);
      // A backup dated in the future (the clock was set back) does not count, or it would block backups until then.
      return age >= 0 && age < DAY_MS;
    });
    return recent ? null : this.backup(db, 'daily');
  }

  /**
   * To be called before the user database is opened for migration. When `file`
   * is an SQLite database at a version above 0 and below `latestVersion`, backs
   * it up, read-only, with reason 'before-migration'. Returns null, touching
   * nothing, when the file is missing, empty, not SQLite, damaged, unreadable,
   * new, current or newer (openUserDatabase deals with those). Neither the
   * file nor its -wal is written; a -wal or -shm that SQLite creates for the
   * read-only connection, and that did not exist before, is removed again.
   * Throws only when the backup itself cannot be written (for example a full
   * disk), so the caller can decide whether to migrate without one.
   */
  async backupBeforeMigration(file: string, latestVersion: number): Promise<BackupInfo | null> {
    if (!readHeader(file)) return null;
    const absentBefore = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(file + suffix));
    let source: Connection | undefined;
    try {
      let version: number;
      try {
        source = openConnection(file, { readonly: true, nativeBinding: this.nativeBinding });
        version = source.pragma('user_version', { simple: true }) as number;
      } catch {
        return null;
      }
      if (!(version > 0 && version < latestVersion)) return null;
      try {
        return await this.backup(source, 'before-migration');
      } catch (error) {
        if ((error instanceof BackupError && error.code === 'damaged') || isDamagedFile(classifyStorageError(error))) return null;
        throw error;
      }
    } finally {
      source?.close();
      removeCreatedSideFiles(file, absentBefore);
    }
  }

  /**
   * Checks that backup `name` can be restored by a Duizhao supporting schema
   * versions up to `supportedVersion`. Throws a BackupError: 'not-found' for a
   * name that is not a backup name (including any path) or a missing file;
   * 'damaged' when it is not SQLite or fails `integrity_check`; 'foreign' when
   * it is not a Duizhao user database; 'too-new' when its user_version is above
   * `supportedVersion`.
   */
  verify(name: string, supportedVersion: number): BackupInfo {
    const file = this.resolve(name);
    const parsed = parseBackupName(name) as { createdAt: string; reason: BackupReason };
    const { sizeBytes, schemaVersion } = checkBackupFile(file, supportedVersion, this.nativeBinding, `backup ${name}`);
    return { name, ...parsed, sizeBytes, schemaVersion };
  }

  /** Replaces `databaseFile` with backup `name` (see installDatabaseFile for the order of steps). The backup is kept. */
  installBackup(name: string, databaseFile: string): void {
    installDatabaseFile(this.resolve(name), `Backup ${name}`, databaseFile, { nativeBinding: this.nativeBinding, now: this.now });
  }

  /**
   * Writes a backup of `db` to `destination`, a file the user chose (on a USB
   * stick, say): sealed and checked in a temporary file beside it, then
   * renamed over it, so the destination is the old file or a whole backup.
   */
  async backupToFile(db: Connection, destination: string): Promise<BackupFileSummary> {
    const target = path.resolve(destination);
    const temp = `${target}.${crypto.randomBytes(8).toString('hex')}.tmp`;
    const summary = await writingTemp(temp, async () => {
      await db.backup(temp);
      sealCopy(temp, this.nativeBinding);
      const checked = this.checkFile(temp);
      fs.renameSync(temp, target);
      return checked;
    });
    fsyncDirectory(path.dirname(target));
    return summary;
  }

  /** A backup of `db` as bytes, for a renderer to save as a download; no file is left behind. */
  async backupToBytes(db: Connection): Promise<{ bytes: Buffer; summary: BackupFileSummary }> {
    return this.writeCopy(db, (temp) => {
      sealCopy(temp, this.nativeBinding);
      const summary = this.checkFile(temp);
      const bytes = fs.readFileSync(temp);
      fs.rmSync(temp);
      return { bytes, summary };
    });
  }

  /**
   * Runs `use` on a private copy of an outside file, in the backups folder,
   * removed afterwards: the copy cannot change under the checks and the
   * restore, and the USB stick can be pulled out meanwhile. A file over
   * BACKUP_FILE_MAX_BYTES is a BackupError 'too-large', refused before it is read.
   */
  async withOutsideFile<T>(source: OutsideFile, use: (file: string) => T | Promise<T>): Promise<T> {
    const size = 'bytes' in source ? source.bytes.length : fs.statSync(source.path).size;
    if (size > BACKUP_FILE_MAX_BYTES) throw new BackupError('too-large', `The file has ${size} bytes; a backup file may have up to ${BACKUP_FILE_MAX_BYTES}`);
    makePrivateFolder(this.dir);
    const temp = this.tempFile();
    return writingTemp(temp, async () => {
      if ('bytes' in source) fs.writeFileSync(temp, source.bytes, { flag: 'wx' });
      else fs.copyFileSync(source.path, temp, fs.constants.COPYFILE_EXCL);
      try {
        return await use(temp);
      } finally {
        removeWithSideFiles(temp);
      }
    });
  }

  /** checkBackupFile against the versions this Duizhao can open. */
  checkFile(file: string): BackupFileSummary {
    return checkBackupFile(file, latestVersion(userDatabaseMigrations), this.nativeBinding);
  }

  /** Replaces `databaseFile` with a file checked by checkFile, as installBackup does with a backup. */
  installFile(file: string, databaseFile: string): void {
    installDatabaseFile(file, 'The file', databaseFile, { nativeBinding: this.nativeBinding, now: this.now });
  }

  settings(): BackupSettings {
    return this.secondFolder.settings();
  }

  /** Backs `db` up to a temporary file in the backups folder and hands it to `finish`, which must move or remove it. */
  private async writeCopy<T>(db: Connection, finish: (temp: string) => T): Promise<T> {
    makePrivateFolder(this.dir);
    this.removeAbandonedTempFiles();
    const temp = this.tempFile();
    return writingTemp(temp, async () => {
      createPrivateFile(temp); // 0600: SQLite would create it 0644
      await db.backup(temp);
      return finish(temp);
    });
  }

  private tempFile(): string {
    return path.join(this.dir, `duizhao-backup-${crypto.randomBytes(8).toString('hex')}.tmp`);
  }

  /** The path of backup `name`, or a BackupError 'not-found'. Only exact backup names inside the folder are accepted. */
  private resolve(name: string): string {
    if (typeof name !== 'string' || !parseBackupName(name)) throw new BackupError('not-found', `Not a backup name: ${String(name)}`);
    const file = path.join(this.dir, name);
    let isFile = false;
    try {
      isFile = fs.lstatSync(file).isFile();
    } catch {
      // missing
    }
    if (!isFile) throw new BackupError('not-found', `No backup named ${name}`);
    return file;
  }

  /** A name for a backup made now that no file has; a clash (same millisecond) moves it on by a millisecond. */
  private unusedName(reason: BackupReason): string {
    let time = this.now().getTime();
    let name = backupFileName(new Date(time), reason);
    while (fs.existsSync(path.join(this.dir, name))) name = backupFileName(new Date(++time), reason);
    return name;
  }

  /** Keeps the newest `keep` backups of each pool, and always `justMade`. Best effort: a file that cannot be removed now is removed next time. */
  private prune(justMade: string): void {
    const pools = new Map<string, BackupInfo[]>();
    for (const info of this.list()) {
      const pool = poolOf(info.reason);
      pools.set(pool, [...(pools.get(pool) ?? []), info]);
    }
    for (const backups of pools.values()) {
      const others = backups.filter((b) => b.name !== justMade);
      const room = backups.length === others.length ? this.keep : this.keep - 1;
      for (const stale of others.slice(room)) {
        try {
          fs.rmSync(path.join(this.dir, stale.name), { force: true });
        } catch {
          // e.g. held open by a virus scanner on Windows; the next prune retries.
        }
      }
    }
  }

  /** Temporary files left by a backup that was interrupted (crash, power loss). */
  private removeAbandonedTempFiles(): void {
    for (const entry of fs.readdirSync(this.dir)) {
      const file = path.join(this.dir, entry);
      if (!BACKUP_TEMP_PATTERN.test(entry) || isInProgress(file)) continue;
      fs.rmSync(file, { force: true });
    }
  }
}

type Pool = 'routine' | 'before-migration' | 'before-restore';

function poolOf(reason: BackupReason): Pool {
  return reason === 'daily' || reason === 'manual' ? 'routine' : reason;
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
