/** Why a copy of the user database was made. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One backup of the user database, as listed for the user to restore. */
export interface BackupInfo {
  /** The file name, which is also how a backup is named in calls. */
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  schemaVersion: number;
}

/** `duizhao-<UTC stamp with milliseconds>-<reason>.sqlite`; the groups are the stamp's parts and the reason. */
export const BACKUP_NAME_PATTERN = /^duizhao-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(daily|manual|before-migration|before-restore)\.sqlite$/;

/**
 * The largest backup file that can be restored or checked through the
 * contract. The file travels in the call as base64 (a third larger), and the
 * browser host reads a call's body into memory; a user database holding years
 * of annotations stays far below this.
 */
export const BACKUP_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** What a backup file holds, told before and after restoring it. */
export interface BackupFileSummary {
  sizeBytes: number;
  schemaVersion: number;
  /** Annotations not deleted. */
  annotationCount: number;
  /** The newest change to an annotation or a preference in it; null when it holds none. */
  lastChangedAt: string | null;
}

/** A fresh backup of the user's data, for the user to save where they choose (a USB stick). */
export interface BackupDownload {
  /** `duizhao-backup-<local date>-<hhmm>.sqlite`, a name the save dialog offers. */
  fileName: string;
  mimeType: string;
  /** The SQLite file, base64, so one contract serves IPC and loopback HTTP alike. */
  contentBase64: string;
  summary: BackupFileSummary;
}

export interface RestoreReport {
  restored: BackupFileSummary;
  /** The copy of the data as it was, made just before it was replaced. */
  safetyBackup: BackupInfo;
}

/** Why copying a backup to the second folder failed; the renderer says it in the user's language. */
export const SECOND_COPY_FAILURES = ['missing', 'not-writable', 'full', 'other'] as const;
export type SecondCopyFailure = (typeof SECOND_COPY_FAILURES)[number];

export type SecondCopyStatus =
  | { at: string; ok: true; fileName: string }
  | { at: string; ok: false; failure: SecondCopyFailure; message: string };

export interface BackupSettings {
  /** An absolute folder (another disk, a synced or shared folder) that gets a copy of each daily and manual backup; null for none. */
  secondFolder: string | null;
  /** How the last copy there went; null when none was tried since the folder was set. */
  lastSecondCopy: SecondCopyStatus | null;
}
