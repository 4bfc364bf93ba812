import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/cn2t';

/**
 * Simplified → Traditional for display, with OpenCC's phrase tables (s2tw:
 * 头发 → 頭髮 but 发展 → 發展), one UTF-16 unit for one UTF-16 unit.
 *
 * s2tw, not s2twp: s2twp also swaps mainland words for Taiwan's (软件 → 軟體,
 * 信息 → 資訊), which would show words the document does not say, and those
 * swaps change lengths. s2tw changes the script and nothing else.
 *
 * Length: annotations, sentences and search hits are offsets into the stored
 * (Simplified) text, and a selection's offsets are read from the DOM text, so
 * the displayed text must line up with the stored one unit by unit. OpenCC
 * converts phrase by phrase; a phrase whose conversion changes its length
 * (a few rare ones do, and some characters convert to or from a supplementary
 * character) is converted character by character instead, and a character
 * that would still change length is shown as stored.
 */

type Pair = [string, string];
interface S2twConfig {
  normalizationChain: readonly (readonly string[])[];
  segmentation: readonly string[];
  conversionChain: readonly (readonly string[])[];
}

interface Tables {
  /** Compatibility ideographs to unified ones, then Taiwan's variants: small, one trie each for every text. */
  normalize: Trie;
  variants: Trie;
  /** Phrase (and character) dictionaries, entries grouped by their first two UTF-16 units, in OpenCC's order of precedence. */
  segmentation: Map<string, Pair[]>[];
  conversion: Map<string, Pair[]>[];
}

let tables: Tables | null = null;

/** Built on first use: splitting the phrase tables (about 50,000 entries) takes tens of milliseconds. */
function loadTables(): Tables {
  if (tables) return tables;
  const s2tw = configs.s2tw as unknown as S2twConfig;
  const [mainChain, variantChain] = s2tw.conversionChain;
  tables = {
    normalize: trieOf(s2tw.normalizationChain.flat().map(pairsOf)),
    variants: trieOf(variantChain.map(pairsOf)),
    segmentation: s2tw.segmentation.map(indexByKey),
    conversion: mainChain.map(indexByKey),
  };
  return tables;
}

function pairsOf(dictionary: string): Pair[] {
  return dictionary.split('|').map((entry) => entry.split(' ') as Pair);
}

function trieOf(dictionaries: Pair[][]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(dictionaries);
  return trie;
}

const keyOf = (source: string) => source.slice(0, 2);

function indexByKey(dictionary: string): Map<string, Pair[]> {
  const index = new Map<string, Pair[]>();
  for (const pair of pairsOf(dictionary)) {
    const key = keyOf(pair[0]);
    const list = index.get(key);
    if (list) list.push(pair);
    else index.set(key, [pair]);
  }
  return index;
}

/** The entries of each dictionary that can match somewhere in `text`: a trie of a few hundred builds in a moment. */
function trieFor(dictionaries: Map<string, Pair[]>[], text: string): Trie {
  const keys = new Set<string>();
  for (let i = 0; i < text.length; i++) keys.add(text[i]).add(text.slice(i, i + 2));
  return trieOf(dictionaries.map((index) => [...keys].flatMap((key) => index.get(key) ?? [])));
}

/**
 * A converter for the texts given (a document's): the dictionaries are cut
 * down to the entries that can match in them, once, so each text then
 * converts in a moment. Another text converts too, only more slowly.
 */
export function traditionalConverter(texts: readonly string[]): (text: string) => string {
  const { normalize, variants, segmentation, conversion } = loadTables();
  const all = texts.join('\n');
  const keyed = all + '\n' + normalize.convert(all);
  const segmenter = trieFor(segmentation, keyed);
  const converter = trieFor(conversion, keyed);
  const convert = (piece: string) => variants.convert(converter.convert(normalize.convert(piece)));
  const known = new Set(texts);
  return (text) => {
    if (!known.has(text)) return toTraditional(text);
    if (!HAN.test(text)) return text;
    let out = '';
    for (const segment of segmenter.segment(text)) {
      const converted = convert(segment);
      out += sameUnits(segment, converted) ? converted : byCharacter(segment, convert);
    }
    return out;
  };
}

const HAN = /\p{Script=Han}/u;

/** One text in Traditional characters, the same length as `text` and lined up with it. */
export function toTraditional(text: string): string {
  return HAN.test(text) ? traditionalConverter([text])(text) : text;
}

/** Same length, and no surrogate pair on either side that could shift inside the segment. */
function sameUnits(source: string, converted: string): boolean {
  return converted.length === source.length && !/[\ud800-\udfff]/.test(source + converted);
}

function byCharacter(segment: string, convert: (piece: string) => string): string {
  let out = '';
  for (const char of segment) {
    const converted = convert(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}
