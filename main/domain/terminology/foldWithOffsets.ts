import { foldCodePoints } from '../search/textNormalizer';

// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** The search's folding, with the original offset of each folded UTF-16 unit when the lengths differ. */
export function foldWithOffsets(text: string): { folded: string; toOriginal: number[] | null } {
  if (ASCII_ONLY.test(text)) return { folded: text.toLowerCase(), toOriginal: null };
  const unitForUnit = foldUnitForUnit(text);
  if (unitForUnit !== null) return { folded: unitForUnit, toOriginal: null };
  const chars = foldCodePoints(text);
  const folded = chars.join('');
  if (folded.length === text.length) return { folded, toOriginal: null };
  const toOriginal: number[] = [];
  let offset = 0;
  let i = 0;
  for (const original of text) {
    for (let k = 0; k < chars[i].length; k++) toOriginal.push(offset);
    offset += original.length;
    i++;
  }
  toOriginal.push(offset);
  return { folded, toOriginal };
}

/**
 * Each BMP unit's folding when that is one BMP unit too (nearly every Chinese character and punctuation mark),
 * NOT_ONE_UNIT when it is not, 0 until first met: the audit folds every paragraph of the corpus, and an array of
 * one string per character, then joined, was a tenth of what it allocated.
 */
const unitFolds = new Uint16Array(0x10000);
const NOT_ONE_UNIT = 0xffff;
let unitScratch = new Uint16Array(1024);

function unitFoldOf(code: number): number {
  let folded = unitFolds[code];
  if (folded === 0) {
    const [char] = foldCodePoints(String.fromCharCode(code));
    folded = char.length === 1 && char.charCodeAt(0) !== NOT_ONE_UNIT ? char.charCodeAt(0) : NOT_ONE_UNIT;
    unitFolds[code] = folded;
  }
  return folded;
}

/** The text folded, when every unit folds to one unit (so every offset stays where it was); else null. */
function foldUnitForUnit(text: string): string | null {
  if (unitScratch.length < text.length) unitScratch = new Uint16Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogates fold as pairs, and U+0000 is the table's "not yet": both left to the general path.
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return null;
    const folded = unitFoldOf(code);
    if (folded === NOT_ONE_UNIT) return null;
    unitScratch[i] = folded;
  }
  return stringOfUnits(unitScratch, text.length);
}

/** UTF-16 code units as bytes in this machine's order: TextDecoder reads them straight, where the order is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');

/** The first `length` units as a string (no surrogates among them: the decoder would replace a lone one). */
function stringOfUnits(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return utf16.decode(units.subarray(0, length));
  // Elsewhere one call per chunk small enough to pass as arguments (apply: spreading a typed array iterates it).
  const CHUNK = 4096;
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]));
  return parts.join('');
}
