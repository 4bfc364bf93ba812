import zlib from 'node:zlib';
import { refusal } from './refusal';

/** No Word document comes near this once unpacked; a zip bomb does. */
export const DOCX_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Word's XML packs about 10:1; a part packed more than 100:1 (and over a megabyte) is built to expand. */
export const DOCX_MAX_RATIO = 100;

interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

const corrupt = (what: string): Error => refusal('docx-corrupt', `The Word file is damaged: ${what}`);

/**
 * The entries of a zip file from its central directory, read without
 * inflating anything, so a bomb is refused on its declared sizes before a
 * byte of it is unpacked.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw corrupt('the zip directory at its end is missing (the file is truncated or not a zip)');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (start + size > eocd) throw corrupt('the zip directory points past the end of the file');
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw corrupt('an entry of the zip directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  refuseExpansion(entries);
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

function refuseExpansion(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF defers the size to a ZIP64 record: more than 4 GB unpacked.
    const unpacked = entry.unpacked === 0xffffffff ? Number.POSITIVE_INFINITY : entry.unpacked;
    total += unpacked;
    const ratio = unpacked / Math.max(1, entry.packed);
    if (unpacked > 1024 * 1024 && ratio > DOCX_MAX_RATIO) {
      throw refusal('docx-too-expanded', `${entry.name} would unpack ${Math.round(ratio)} times its packed size`);
    }
  }
  if (total > DOCX_MAX_UNPACKED_BYTES) throw refusal('docx-too-expanded', `The Word file would unpack to ${total} bytes`);
}

/**
 * One entry's bytes, unpacked no further than its declared size (a zip whose
 * directory lies about a size cannot make it unpack more) and checked against
 * its CRC-32.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw corrupt(`the entry ${entry.name} is missing`);
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (dataStart + entry.packed > bytes.length) throw corrupt(`the entry ${entry.name} is cut short`);
  const packed = bytes.subarray(dataStart, dataStart + entry.packed);
  let unpacked: Buffer;
  try {
    if (entry.method === 0) unpacked = Buffer.from(packed);
    else if (entry.method === 8) unpacked = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.unpacked) });
    else throw corrupt(`the entry ${entry.name} is packed with method ${entry.method}, which Word never uses`);
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error;
    throw corrupt(`the entry ${entry.name} cannot be unpacked`);
  }
  if (unpacked.length !== entry.unpacked || zlib.crc32(unpacked) >>> 0 !== entry.crc) throw corrupt(`the entry ${entry.name} fails its checksum`);
  return unpacked;
}
