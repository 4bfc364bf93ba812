import fs from 'node:fs';

/**
 * Reads an SQLite write-ahead log without SQLite, to find what its recovery
 * would silently drop. Format: https://www.sqlite.org/fileformat.html#the_write_ahead_log
 * - a 32-byte header: magic (0x377f0682: checksums over little-endian words,
 *   0x377f0683: big-endian), version, page size, checkpoint sequence, salt-1,
 *   salt-2, and a checksum of the first 24 bytes;
 * - frames of a 24-byte header (page number, database size in pages for the
 *   frame that commits a transaction and 0 otherwise, salt-1, salt-2, checksum)
 *   and one page. Each frame's checksum carries on from the one before it.
 * Recovery replays frames up to the first whose salts differ from the header's
 * or whose checksum fails, and keeps the transactions committed before it.
 * Frames with other salts after that point are left from before the log was
 * last restarted, and are expected; a committing frame with the current salts
 * after it is a transaction that was acknowledged and is about to be lost.
 */
const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const MAGIC_LITTLE_ENDIAN = 0x377f0682;
const MAGIC_BIG_ENDIAN = 0x377f0683;

export interface WalInspection {
  /** Whole frames the file holds (its size against header and page size). */
  frames: number;
  /** Frames recovery will replay: those up to the last commit before the first invalid frame. */
  framesKept: number;
  /** Transactions recovery will replay. */
  transactionsKept: number;
  /** Committed transactions after the first invalid frame, which recovery will drop. */
  transactionsLost: number;
  /** The header itself is invalid: recovery ignores the whole log. */
  headerDamaged: boolean;
}

/** True when recovering this log would drop committed transactions. */
export function walIsDamaged(inspection: WalInspection): boolean {
  return inspection.transactionsLost > 0 || (inspection.headerDamaged && inspection.frames > 0);
}

export function inspectWal(bytes: Buffer): WalInspection {
  const none: WalInspection = { frames: 0, framesKept: 0, transactionsKept: 0, transactionsLost: 0, headerDamaged: false };
  if (bytes.length < HEADER_BYTES) return none;
  const magic = bytes.readUInt32BE(0);
  const pageSize = bytes.readUInt32BE(8);
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  const bigEndian = magic === MAGIC_BIG_ENDIAN;
  const frameBytes = FRAME_HEADER_BYTES + (validPageSize ? pageSize : 0);
  const frames = validPageSize ? Math.floor((bytes.length - HEADER_BYTES) / frameBytes) : 0;

  const headerSum = checksum(bytes, 0, 24, [0, 0], bigEndian);
  const headerDamaged =
    (magic !== MAGIC_LITTLE_ENDIAN && magic !== MAGIC_BIG_ENDIAN) ||
    !validPageSize ||
    headerSum[0] !== bytes.readUInt32BE(24) ||
    headerSum[1] !== bytes.readUInt32BE(28);
  if (headerDamaged) {
    // The size still tells whether there were frames; their commits cannot be trusted to be read, so count them only when the page size is readable.
    return { ...none, frames: Math.max(frames, bytes.length > HEADER_BYTES ? 1 : 0), headerDamaged, transactionsLost: countCommits(bytes, frames, frameBytes) };
  }

  const salt1 = bytes.readUInt32BE(16);
  const salt2 = bytes.readUInt32BE(20);
  const hasCurrentSalts = (offset: number) => bytes.readUInt32BE(offset + 8) === salt1 && bytes.readUInt32BE(offset + 12) === salt2;
  let running = headerSum;
  let framesKept = 0;
  let transactionsKept = 0;
  let firstInvalid = frames;
  for (let i = 0; i < frames; i++) {
    const offset = HEADER_BYTES + i * frameBytes;
    const sum = frameChecksum(bytes, offset, pageSize, running, bigEndian);
    if (!hasCurrentSalts(offset) || sum[0] !== bytes.readUInt32BE(offset + 16) || sum[1] !== bytes.readUInt32BE(offset + 20)) {
      firstInvalid = i;
      break;
    }
    running = sum;
    if (bytes.readUInt32BE(offset + 4) !== 0) {
      framesKept = i + 1;
      transactionsKept++;
    }
  }

  let transactionsLost = 0;
  for (let i = firstInvalid; i < frames; i++) {
    const offset = HEADER_BYTES + i * frameBytes;
    if (hasCurrentSalts(offset) && bytes.readUInt32BE(offset + 4) !== 0) transactionsLost++;
  }
  return { frames, framesKept, transactionsKept, transactionsLost, headerDamaged };
}

/** Reads the -wal beside `databaseFile`; null when there is none, or nothing in it. */
export function inspectWalOf(databaseFile: string): WalInspection | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(`${databaseFile}-wal`);
  } catch {
    return null;
  }
  return bytes.length > HEADER_BYTES ? inspectWal(bytes) : null;
}

function countCommits(bytes: Buffer, frames: number, frameBytes: number): number {
  let commits = 0;
  for (let i = 0; i < frames; i++) if (bytes.readUInt32BE(HEADER_BYTES + i * frameBytes + 4) !== 0) commits++;
  return commits;
}

function frameChecksum(bytes: Buffer, offset: number, pageSize: number, seed: [number, number], bigEndian: boolean): [number, number] {
  const afterHeader = checksum(bytes, offset, offset + 8, seed, bigEndian);
  const dataStart = offset + FRAME_HEADER_BYTES;
  return checksum(bytes, dataStart, dataStart + pageSize, afterHeader, bigEndian);
}

/** SQLite's WAL checksum (walChecksumBytes in wal.c) over [start, end), a multiple of 8 bytes. */
function checksum(bytes: Buffer, start: number, end: number, seed: [number, number], bigEndian: boolean): [number, number] {
  let s0 = seed[0];
  let s1 = seed[1];
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}
