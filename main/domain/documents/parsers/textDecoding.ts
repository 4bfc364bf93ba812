import { refusal } from './refusal';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding read: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', or the user's choice. */
  encoding: string;
}

/** What the preview offers instead of a detected encoding: those a Chinese or English text file is written in. */
const OFFERED_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
/** A Chinese encoding is offered when at least this share of what it reads is among its common characters. */
const OFFERED_COMMON_SHARE = 0.3;

/**
 * The encodings a file could be read in, the one it was read in first: those
 * that decode all its bytes and, for GB18030 and Big5, read as some Chinese;
 * UTF-16 only when the file was read as UTF-16 (nearly any even number of
 * bytes decodes as UTF-16, as nonsense).
 */
export function encodingCandidates(bytes: Uint8Array, read: string): string[] {
  const others = OFFERED_ENCODINGS.filter((encoding) => {
    if (encoding === read) return false;
    if (encoding.startsWith('utf-16')) return read.startsWith('utf-16') && strictDecode(bytes, encoding) !== null;
    const text = strictDecode(bytes, encoding);
    if (text === null) return false;
    return encoding === 'utf-8' || commonShare(text, encoding as 'gb18030' | 'big5') >= OFFERED_COMMON_SHARE;
  });
  return [read, ...others];
}

/**
 * Decodes a user's text file: the encoding the user chose, else a byte order
 * mark, else UTF-16 told by its NUL bytes, else UTF-8 if the bytes are valid
 * UTF-8, else GB18030 (which covers GBK and GB2312) or Big5, whichever reads as
 * common Chinese. Anything else is refused rather than shown garbled.
 */
export function decodeText(bytes: Uint8Array, chosen?: string): DecodedText {
  if (chosen !== undefined) return decodeChosen(bytes, chosen);
  const bom = byteOrderMark(bytes);
  if (bom) return { text: strictDecode(bytes.subarray(bom.length), bom.encoding) ?? refuseUndecodable(bom.encoding), encoding: bom.encoding };
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    if (text !== null) return { text, encoding: utf16 };
  }
  if (controlByteShare(bytes) > 0.01) throw refusal('file-binary', 'The file holds control bytes no text file has: it is not text');
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return decodeChinese(bytes);
}

function decodeChosen(bytes: Uint8Array, label: string): DecodedText {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: false, ignoreBOM: false });
  } catch {
    throw refusal('file-encoding-unknown', `"${label}" is not an encoding this app can read`);
  }
  // The user chose it: characters it cannot map show as U+FFFD, as in any editor.
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function refuseUndecodable(encoding: string): never {
  throw refusal('file-encoding-unknown', `The file starts with a ${encoding} byte order mark but is not valid ${encoding}`);
}

/**
 * UTF-16 without a mark: ASCII characters (spaces, line breaks, digits) leave a
 * NUL byte on one side of each pair, and only there.
 */
function utf16ByNulBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = end / 2;
  if (odd >= pairs * 0.1 && even <= odd * 0.05) return 'utf-16le';
  if (even >= pairs * 0.1 && odd <= even * 0.05) return 'utf-16be';
  return null;
}

/** Bytes below 0x20 other than tab, line feed, form feed and carriage return, and DEL. */
function controlByteShare(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, 1 << 20);
  let control = 0;
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i];
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) control += 1;
  }
  return end === 0 ? 0 : control / end;
}

let commonCharacters: Record<'gb18030' | 'big5', Set<string>> | null = null;

/**
 * The characters each encoding's own standard calls common: GB2312's first
 * level (3,755 characters, rows 0xB0–0xD7) and its symbol rows, and Big5's
 * frequent characters (5,401, 0xA440–0xC67E) and its symbols. Taken from the
 * decoders themselves, so no table is shipped.
 */
function common(): Record<'gb18030' | 'big5', Set<string>> {
  if (commonCharacters) return commonCharacters;
  const gb = rowsOf('gb18030', [0xa1, 0xa3], [0xa1, 0xfe]);
  for (const char of rowsOf('gb18030', [0xb0, 0xd7], [0xa1, 0xfe])) gb.add(char);
  const big5 = rowsOf('big5', [0xa1, 0xa3], [0x40, 0xfe]);
  for (const char of rowsOf('big5', [0xa4, 0xc6], [0x40, 0xfe])) big5.add(char);
  commonCharacters = { gb18030: gb, big5 };
  return commonCharacters;
}

function rowsOf(encoding: string, leads: [number, number], trails: [number, number]): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead += 1) {
    for (let trail = trails[0]; trail <= trails[1]; trail += 1) bytes.push(lead, trail);
  }
  const chars = new TextDecoder(encoding).decode(new Uint8Array(bytes));
  return new Set([...chars].filter((char) => char !== '\ufffd' && char.charCodeAt(0) > 0x7f && !/[\ue000-\uf8ff]/.test(char)));
}

/** The share of a decoding's non-ASCII characters that its encoding counts as common. */
function commonShare(text: string, encoding: 'gb18030' | 'big5'): number {
  const set = common()[encoding];
  let wide = 0;
  let known = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    wide += 1;
    if (set.has(char)) known += 1;
  }
  return wide === 0 ? 0 : known / wide;
}

const MIN_COMMON_SHARE = 0.8;

function decodeChinese(bytes: Uint8Array): DecodedText {
  let best: DecodedText | null = null;
  let bestShare = 0;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    const share = commonShare(text, encoding);
    if (share > bestShare) [best, bestShare] = [{ text, encoding }, share];
  }
  if (best === null || bestShare < MIN_COMMON_SHARE) {
    throw refusal('file-encoding-unknown', 'The file is neither UTF-8 nor UTF-16, and reads as neither GB18030 nor Big5 Chinese');
  }
  return best;
}
