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
