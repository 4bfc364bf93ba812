import Database from 'better-sqlite3';

export type Connection = Database.Database;

export interface ConnectionOptions {
  readonly?: boolean;
  /**
   * Path of a better-sqlite3 addon built for the running runtime. Electron passes
   * its own build here so the copy in node_modules stays built for Node.
   */
  nativeBinding?: string;
}

/**
 * The one place where a connection's pragmas are set.
 * WAL with synchronous=FULL: a committed transaction survives power loss
 * (https://www.sqlite.org/pragma.html#pragma_synchronous).
 */
export function openConnection(file: string, options: ConnectionOptions = {}): Connection {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    nativeBinding: options.nativeBinding,
  });
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    } else {
      // A file only read (the corpus) is read through the page cache of the system instead of copied into SQLite's
      // 2 MB cache page by page: the concordance's first screen of a 10,000-occurrence term read 44 ms of pages, 28 ms so.
      // Mapped pages count in the process's memory once read: 64 MB holds the corpus many times over, and keeps a
      // search index of 50,000 pairs (215 MB) under the 300 MB the app may use (issue 14); past it, pages are read.
      db.pragma('mmap_size = 67108864');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
