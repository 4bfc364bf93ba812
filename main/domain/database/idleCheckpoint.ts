import fs from 'node:fs';
import type { Connection } from './connection';

export interface IdleCheckpointOptions {
  /** How long the -wal must go unwritten before it is folded into the database. Default 30 s. */
  idleMs?: number;
  /** How often to look. Default 10 s. */
  everyMs?: number;
}

/**
 * Folds the write-ahead log into the database once writes have stopped, and
 * empties it, so that a crash or a damaged disk block later finds a short
 * log or none (issue 13, item 2). SQLite's own wal_autocheckpoint (1,000
 * pages) still bounds the log during a burst; it runs inside a commit and
 * never truncates the file, so a log could otherwise sit for days holding
 * everything written since the app started.
 * TRUNCATE is tried without waiting (busy_timeout 0): if another connection
 * (the other host on the same folder) is reading or writing, it is tried again later.
 * `current` is asked each time, since restoring a backup opens a new connection.
 * Returns a function that stops it.
 */
export function checkpointWhenIdle(current: () => { db: Connection; file: string | null }, options: IdleCheckpointOptions = {}): () => void {
  const idleMs = options.idleMs ?? 30_000;
  const timer = setInterval(() => {
    const { db, file } = current();
    if (file === null || !db.open) return;
    let wal: fs.Stats;
    try {
      wal = fs.statSync(`${file}-wal`);
    } catch {
      return; // no log
    }
    if (wal.size === 0 || Date.now() - wal.mtimeMs < idleMs) return;
    checkpointNow(db);
  }, options.everyMs ?? 10_000);
  timer.unref();
  return () => clearInterval(timer);
}

/** wal_checkpoint(TRUNCATE) without waiting; true when the log was emptied. */
export function checkpointNow(db: Connection): boolean {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false; // SQLITE_BUSY or a read-only file: next time
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
