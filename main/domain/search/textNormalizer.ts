import { from as fromLocales, to as toLocales } from 'opencc-js/preset';

/**
 * Folds a text for matching, one code point to one code point, so that any
 * substring of a folded text is the folding of the same substring of the
 * original: Chinese search stays exact for every substring, and match
 * positions map straight back to the original for highlighting.
 * - full-width and half-width forms match (NFKC): ２０２５ finds 2025;
 * - Traditional and Simplified match, character by character, with OpenCC's
 *   character tables (Taiwan and Hong Kong variants first): 衛生 finds 卫生.
 *   OpenCC's phrase tables are left out on purpose: a phrase rule would fold
 *   a character differently inside and outside the phrase.
 * - case is folded.
 */
const fold = new Map<string, string>();

// Order matters: Traditional→Simplified first, so regional variants can fold through it.
for (const [traditional, simplified] of collectPairs(toLocales.cn)) {
  if (!fold.has(traditional)) fold.set(traditional, simplified);
}
for (const [variant, standard] of [...collectPairs(fromLocales.tw), ...collectPairs(fromLocales.hk)]) {
  if (!fold.has(variant)) fold.set(variant, fold.get(standard) ?? standard);
}

/** OpenCC dictionary entries that map one character to one character. */
function collectPairs(dictionaries: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const group of dictionaries as (readonly unknown[])[]) {
    for (const dictionary of group) {
      if (typeof dictionary !== 'string') continue;
      for (const entry of dictionary.split('|')) {
        const [source, target] = entry.split(' ');
        if (source && target && [...source].length === 1 && [...target].length === 1) out.push([source, target]);
      }
    }
  }
  return out;
}

function foldCodePoint(char: string): string {
  const mapped = fold.get(char);
  if (mapped) return mapped;
  const compatible = char.normalize('NFKC');
  const one = [...compatible].length === 1 ? compatible : char;
  const lower = one.toLowerCase();
  const folded = [...lower].length === 1 ? lower : one;
  return fold.get(folded) ?? folded;
}

const cache = new Map<string, string>();

function foldCached(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = foldCodePoint(char);
    if (cache.size < 100_000) cache.set(char, folded);
  }
  return folded;
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** Folded characters of the Basic Multilingual Plane by UTF-16 code: an array lookup per character, on every search's hot path. */
const bmpFolds: (string | undefined)[] = new Array(0x10000);

/** The folded form of each code point of `text`, as an array the same length as `[...text]`. */
export function foldCodePoints(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one code point, as `for…of` would yield it; a lone surrogate is one too.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out.push(foldCached(text.slice(i, i + 2)));
      i++;
    } else {
      out.push((bmpFolds[code] ??= code < 0x80 ? text[i].toLowerCase() : foldCached(text[i])));
    }
  }
  return out;
}

export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  // foldCodePoints without its array: every search folds the texts it ranks and highlights.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += foldCached(text.slice(i, i + 2));
      i++;
    } else {
      out += bmpFolds[code] ??= code < 0x80 ? text[i].toLowerCase() : foldCached(text[i]);
    }
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
