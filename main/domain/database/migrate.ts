import type { Connection } from './connection';

export interface Migration {
  /** 1, 2, 3 …: the `user_version` the database has once it ran. */
  version: number;
  name: string;
  up(db: Connection): void;
}

/** Raised, before anything is touched, when the file was written by a newer Duizhao. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`The database has schema version ${foundVersion}; this version of Duizhao supports up to ${supportedVersion}.`);
    this.name = 'DatabaseTooNewError';
  }
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Brings the database to the latest version. Each migration runs in its own
 * transaction together with its `user_version` bump, so a crash leaves the file
 * at a version that was fully reached (https://www.sqlite.org/pragma.html#pragma_user_version).
 * Returns the versions that ran.
 */
export function migrate(db: Connection, migrations: readonly Migration[]): number[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1..n without gaps; found ${m.version} at position ${i + 1}`);
  });
  const supported = latestVersion(ordered);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > supported) throw new DatabaseTooNewError(current, supported);

  const ran: number[] = [];
  for (const m of ordered.filter((m) => m.version > current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    ran.push(m.version);
  }
  return ran;
}
