import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_NAME_PATTERN, BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../contract/backups';
import { openConnection, type Connection } from './connection';
import { createPrivateFile, makePrivateFolder } from './privateFiles';
import { moveWithoutReplacing, unusedAsideName } from './setAside';
import { isSqliteHeader, readFileHeader } from './sqliteHeader';
import { classifyStorageError, isDamagedFile } from './sqliteErrors';

/** The folder, inside the user-data dir, that holds the user database's backups. */
export const BACKUP_DIR_NAME = 'backups';
export const DEFAULT_BACKUPS_KEPT = 10;

export type { BackupInfo, BackupReason } from '../../../contract/backups';

export type BackupErrorCode =
  /** The name is not a backup name, or no such backup exists. */
  | 'not-found'
  /** The file is not an SQLite database or fails `PRAGMA integrity_check`. */
  | 'damaged'
  /** The backup was written by a newer Duizhao than the running one. */
  | 'too-new'
  /** The database to be replaced is still open somewhere (its connection was not closed). */
  | 'in-use';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface UserDatabaseBackupsOptions {
  /** How many backups of each retention pool are kept (see `UserDatabaseBackups`). Default 10. */
  keep?: number;
  nativeBinding?: string;
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A backup being written: `duizhao-backup-<16 hex>.tmp`, plus any journal SQLite puts beside it. */
const BACKUP_TEMP_PATTERN = /^duizhao-backup-[0-9a-f]{16}\.tmp(?:-journal|-wal|-shm)?$/;
const SIDE_FILES = ['-journal', '-wal', '-shm'] as const;

/** Temporary files this process is writing right now, so a clean-up never removes one in use. */
const inProgress = new Set<string>();

/** `duizhao-<UTC stamp with milliseconds>-<reason>.sqlite`. */
export function backupFileName(createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/[-:.]/g, '');
  return `duizhao-${stamp}-${reason}.sqlite`;
}

/** The creation time and reason encoded in a backup's name; null for anything that is not exactly a backup name. */
export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, millis, reason] = match;
  const createdAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`;
  const date = new Date(createdAt);
  // Rejects stamps such as month 13 that Date would otherwise roll over.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== createdAt) return null;
  return { createdAt, reason: reason as BackupReason };
}

/**
 * Backups of the user database, in `<userDataDir>/backups`, made with SQLite's
 * online backup API (https://www.sqlite.org/backup.html).
 *
 * Every backup is written to a temporary file, converted to a self-contained
 * rollback-journal file, checked with `PRAGMA integrity_check`, fsynced and only
 * then renamed to its final name, so a backup file is either whole and checked
 * or absent.
 *
 * Retention: backups are kept per pool, `keep` in each, newest first:
 * - 'daily' and 'manual' share the routine pool;
 * - 'before-migration' has its own pool;
 * - 'before-restore' has its own pool.
 * So a burst of manual backups can never push out the copy taken before a
 * migration or a restore. The backup just made is never pruned, even when the
 * clock went backwards. Files that do not carry a backup name, or whose header
 * is not SQLite's, are never deleted.
 */
export class UserDatabaseBackups {
  readonly dir: string;
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
   * and prunes older backups. Throws a BackupError 'damaged' when the copy fails
   * `integrity_check`; on any failure no file of this backup is left behind.
   */
  async backup(db: Connection, reason: BackupReason): Promise<BackupInfo> {
    if (!(BACKUP_REASONS as readonly string[]).includes(reason)) throw new TypeError(`Unknown backup reason: ${String(reason)}`);
    makePrivateFolder(this.dir);
    this.removeAbandonedTempFiles();

    const temp = path.join(this.dir, `duizhao-backup-${crypto.randomBytes(8).toString('hex')}.tmp`);
    inProgress.add(temp);
    let name: string;
    let schemaVersion: number;
    try {
      createPrivateFile(temp); // 0600: SQLite would create it 0644
      await db.backup(temp);
      schemaVersion = this.sealCopy(temp);
      // Chosen and used in one synchronous step, so concurrent backups cannot pick the same name.
      name = this.unusedName(reason);
      fs.renameSync(temp, path.join(this.dir, name));
    } catch (error) {
      removeWithSideFiles(temp);
      throw error;
    } finally {
      inProgress.delete(temp);
    }
    fsyncDirectory(this.dir);

    const info: BackupInfo = {
      name,
      ...(parseBackupName(name) as { createdAt: string; reason: BackupReason }),
      sizeBytes: fs.statSync(path.join(this.dir, name)).size,
      schemaVersion,
    };
    this.prune(name);
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
   * 'damaged' when it is not SQLite or fails `integrity_check`; 'too-new' when
   * its user_version is above `supportedVersion`.
   */
  verify(name: string, supportedVersion: number): BackupInfo {
    const file = this.resolve(name);
    const parsed = parseBackupName(name) as { createdAt: string; reason: BackupReason };
    if (!readHeader(file)) throw new BackupError('damaged', `Backup ${name} is not an SQLite database`);
    const { integrity, schemaVersion } = this.inspect(file, name);
    if (integrity !== 'ok') throw new BackupError('damaged', `Backup ${name} failed integrity_check: ${integrity}`);
    if (schemaVersion > supportedVersion) {
      throw new BackupError('too-new', `Backup ${name} has schema version ${schemaVersion}; this version of Duizhao supports up to ${supportedVersion}.`);
    }
    return { name, ...parsed, sizeBytes: fs.statSync(file).size, schemaVersion };
  }

  /**
   * Replaces `databaseFile` with backup `name`. The owner calls it after
   * `verify`, after taking a 'before-restore' backup and after CLOSING every
   * connection to `databaseFile`.
   *
   * Steps: copy the backup to a temporary file beside `databaseFile`, fsync it and
   * check it with `integrity_check`; checkpoint the old database so its main
   * file holds everything and its -wal is gone (throws 'in-use' if another
   * connection still has it open); rename the copy over `databaseFile`; fsync
   * the folder. A crash at any point leaves either the old database (with or
   * without its -wal, which is consistent either way after the checkpoint) or
   * the restored one, which never sees the old -wal. An old database that is
   * not sound (not SQLite, unreadable, failing quick_check), which its owner
   * could not have backed up, is not opened for writing: its main file is
   * copied and its -wal/-shm/-journal moved to `<databaseFile>.replaced-<stamp>…`
   * first. The backup itself is never deleted.
   */
  installBackup(name: string, databaseFile: string): void {
    const source = this.resolve(name);
    const target = path.resolve(databaseFile);
    const folder = path.dirname(target);
    removeAbandonedRestoreFiles(target);

    const temp = `${target}.restoring-${crypto.randomBytes(8).toString('hex')}.tmp`;
    inProgress.add(temp);
    try {
      fs.copyFileSync(source, temp, fs.constants.COPYFILE_EXCL);
      if (!readHeader(temp)) throw new BackupError('damaged', `Backup ${name} is not an SQLite database`);
      let integrity: string;
      try {
        integrity = this.inspect(temp, name).integrity;
      } finally {
        removeSideFiles(temp); // a read-only look at a WAL-mode file leaves an empty -wal and a -shm
      }
      if (integrity !== 'ok') throw new BackupError('damaged', `Backup ${name} failed integrity_check: ${integrity}`);
      fsyncFile(temp);
      this.settleOldDatabase(target);
      fs.renameSync(temp, target);
    } catch (error) {
      removeWithSideFiles(temp);
      throw error;
    } finally {
      inProgress.delete(temp);
    }
    fsyncDirectory(folder);
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

  /**
   * The backup API copies page 1 as it is, so the copy of a WAL database says
   * WAL too. Switching the copy to rollback-journal mode makes it one
   * self-contained file that read-only opens leave alone (no -wal/-shm beside it).
   * Then checks it and makes it durable. Returns its user_version.
   */
  private sealCopy(temp: string): number {
    const copy = openConnection(temp, { nativeBinding: this.nativeBinding });
    try {
      const mode = copy.pragma('journal_mode = DELETE', { simple: true });
      if (mode !== 'delete') throw new Error(`Could not take the backup copy out of WAL mode (journal_mode is ${String(mode)})`);
    } finally {
      copy.close();
    }
    const { integrity, schemaVersion } = this.inspect(temp, 'copy');
    if (integrity !== 'ok') throw new BackupError('damaged', `The backup copy failed integrity_check: ${integrity}`);
    fsyncFile(temp);
    return schemaVersion;
  }

  /** integrity_check and user_version of a file, read-only; an unreadable database is a BackupError 'damaged'. */
  private inspect(file: string, label: string): { integrity: string; schemaVersion: number } {
    let db: Connection | undefined;
    try {
      db = openConnection(file, { readonly: true, nativeBinding: this.nativeBinding });
      const integrity = String(db.pragma('integrity_check', { simple: true }));
      const schemaVersion = db.pragma('user_version', { simple: true }) as number;
      return { integrity, schemaVersion };
    } catch (error) {
      if (isDamagedFile(classifyStorageError(error))) throw new BackupError('damaged', `Backup ${label} cannot be read: ${errorMessage(error)}`);
      throw error;
    } finally {
      db?.close();
    }
  }

  /**
   * Makes sure nothing of the old database can leak into the file about to be
   * renamed over it. A sound database is checkpointed fully, so its main file
   * is complete and its -wal is deleted on close. One SQLite cannot use (not
   * SQLite, unreadable, failing quick_check) is never opened for writing, as
   * SQLite may discard a -wal it cannot match: its files are set aside.
   */
  private settleOldDatabase(target: string): void {
    if (!fs.existsSync(target)) {
      // A -wal or -journal without its database would be applied to the restored one.
      this.setAside(target, false);
      return;
    }
    if (!readHeader(target) || !this.isSound(target)) {
      this.setAside(target, true);
      return;
    }
    const inUse = () => new BackupError('in-use', `${target} is still open elsewhere`);
    let old: Connection | undefined;
    try {
      old = openConnection(target, { nativeBinding: this.nativeBinding });
      const [result] = old.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result && result.busy !== 0) throw inUse();
    } catch (error) {
      const code = errorCode(error);
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw inUse();
      throw error;
    } finally {
      old?.close();
    }
    // The last connection to close deletes the -wal and -shm; if they are still there, another connection is open.
    if (fs.existsSync(`${target}-wal`) || fs.existsSync(`${target}-journal`)) throw inUse();
    fs.rmSync(`${target}-shm`, { force: true });
  }

  /** quick_check on a read-only connection; false when the file cannot be read as a database. */
  private isSound(file: string): boolean {
    const absentBefore = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(file + suffix));
    let db: Connection | undefined;
    try {
      db = openConnection(file, { readonly: true, nativeBinding: this.nativeBinding });
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } catch (error) {
      if (isDamagedFile(classifyStorageError(error))) return false;
      throw error;
    } finally {
      db?.close();
      removeCreatedSideFiles(file, absentBefore);
    }
  }

  /**
   * Keeps the files of an old database SQLite cannot use: the main file is
   * copied (so the path still holds it until the rename), its side files are
   * moved, all to `<target>.replaced-<stamp>…`.
   */
  private setAside(target: string, withMainFile: boolean): void {
    const present = SIDE_FILES.filter((suffix) => fs.existsSync(target + suffix));
    if (!withMainFile && present.length === 0) return;
    const stamp = this.now().toISOString().replace(/[-:.]/g, '');
    const aside = unusedAsideName(`${target}.replaced-${stamp}`, ['', ...SIDE_FILES]);
    if (withMainFile) {
      fs.copyFileSync(target, aside, fs.constants.COPYFILE_EXCL);
      fsyncFile(aside);
    }
    for (const suffix of present) moveWithoutReplacing(target + suffix, aside + suffix);
    fsyncDirectory(path.dirname(target));
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

/** The first 100 bytes of `file` when they are an SQLite header; null when missing, short, unreadable or not SQLite. */
function readHeader(file: string): Buffer | null {
  try {
    if (!fs.statSync(file).isFile()) return null;
    const header = readFileHeader(file);
    return isSqliteHeader(header) ? header : null;
  } catch {
    return null;
  }
}

function isInProgress(file: string): boolean {
  for (const temp of inProgress) if (file === temp || file.startsWith(`${temp}-`)) return true;
  return false;
}

/** Removes what an interrupted installBackup left beside `target`: `<name>.restoring-<hex>.tmp` and its side files. */
function removeAbandonedRestoreFiles(target: string): void {
  const base = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${base}\\.restoring-[0-9a-f]{16}\\.tmp(?:-journal|-wal|-shm)?$`);
  let entries: string[];
  try {
    entries = fs.readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = path.join(path.dirname(target), entry);
    if (pattern.test(entry) && !isInProgress(file)) fs.rmSync(file, { force: true });
  }
}

function removeSideFiles(file: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(file + suffix, { force: true });
}

function removeWithSideFiles(file: string): void {
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
function removeCreatedSideFiles(file: string, absentBefore: string[]): void {
  try {
    if (absentBefore.includes('-wal') && fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size === 0) fs.rmSync(`${file}-wal`);
    if (absentBefore.includes('-shm')) fs.rmSync(`${file}-shm`, { force: true });
  } catch {
    // Harmless leftovers: SQLite uses or replaces them on the next open.
  }
}

function fsyncFile(file: string): void {
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
function fsyncDirectory(dir: string): void {
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

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
