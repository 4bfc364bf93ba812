import { BACKUP_NAME_PATTERN, type BackupReason } from '../../../contract/backups';

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
 * The name a backup saved outside the app gets: the local date and time, so a
 * person picking files on a USB stick reads when each was made.
 */
export function outsideFileName(createdAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())}`;
  return `duizhao-backup-${date}-${pad(createdAt.getHours())}${pad(createdAt.getMinutes())}.sqlite`;
}
