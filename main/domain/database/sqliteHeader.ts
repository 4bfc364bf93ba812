import fs from 'node:fs';

/** https://www.sqlite.org/fileformat.html#the_database_header */
const HEADER_LENGTH = 100;
const SQLITE_MAGIC = 'SQLite format 3\0';

/** The first 100 bytes of a file (fewer when it is shorter), read without opening it as a database. */
export function readFileHeader(file: string): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  const fd = fs.openSync(file, 'r');
  try {
    return header.subarray(0, fs.readSync(fd, header, 0, HEADER_LENGTH, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export function isSqliteHeader(header: Buffer): boolean {
  return header.length === HEADER_LENGTH && header.toString('latin1', 0, SQLITE_MAGIC.length) === SQLITE_MAGIC;
}
