import { HAN, type Lexicon } from '../alignment/lexicon';

/** Letters and digits inside Chinese text ("5G", "2025"): one word each run. */
const LATIN = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * Chinese word segmentation by forward maximum matching over CC-CEDICT (the
 * aligner's lexicon, already shipped and read offline) with a user
 * dictionary (the termbase's Chinese terms): at each place the longer of the
 * two matches wins, so a termbase term such as 分级诊疗 is one word even where
 * CC-CEDICT has only 分级 and 诊疗. A character neither knows is a word of
 * its own. Punctuation and spaces are not words: they end a run, and
 * candidates never cross a run's end.
 */
export class ChineseSegmenter {
  private readonly userWords: Set<string>;
  private readonly longestUserWord: number;

  constructor(
    private readonly lexicon: Lexicon,
    userWords: Iterable<string> = [],
  ) {
    this.userWords = new Set([...userWords].map((w) => w.trim()).filter((w) => w.length > 1));
    this.longestUserWord = Math.max(0, ...[...this.userWords].map((w) => w.length));
  }

  /** The text's words, in runs that punctuation separates. */
  runs(text: string): string[][] {
    const runs: string[][] = [];
    let run: string[] = [];
    let i = 0;
    while (i < text.length) {
      const length = this.wordAt(text, i);
      if (length === 0) {
        if (run.length > 0) runs.push(run);
        run = [];
        i++;
        continue;
      }
      run.push(text.slice(i, i + length));
      i += length;
    }
    if (run.length > 0) runs.push(run);
    return runs;
  }

  /** The length of the word at `at`, or 0 where punctuation or a space stands. */
  private wordAt(text: string, at: number): number {
    const c = text[at];
    if (LATIN.test(c)) {
      let end = at + 1;
      while (end < text.length && LATIN.test(text[end])) end++;
      return end - at;
    }
    if (!HAN.test(c)) return 0;
    return Math.max(this.userWordAt(text, at), this.lexicon.longestWordAt(text, at), 1);
  }

  private userWordAt(text: string, at: number): number {
    for (let length = Math.min(this.longestUserWord, text.length - at); length > 1; length--) {
      if (this.userWords.has(text.slice(at, at + length))) return length;
    }
    return 0;
  }
}
