import type { Lexicon } from './lexicon';

/**
 * Which words of a sentence link render which: each Chinese dictionary word
 * paired with the English words of the linked sentences that its glosses
 * name. The search uses them to mark a query's rendering in the counterpart
 * sentence. Offsets are UTF-16, relative to each sentence's text.
 */
export interface WordPair {
  /** Index of the sentence within the link's Chinese (and English) sentences. */
  zhSentence: number;
  zhStart: number;
  zhEnd: number;
  enSentence: number;
  enStart: number;
  enEnd: number;
}

export function wordPairs(zhSentences: readonly string[], enSentences: readonly string[], lexicon: Lexicon): WordPair[] {
  const english = enSentences.map((text, s) => lexicon.englishWords(text).filter((w) => w.key >= 0).map((w) => ({ ...w, sentence: s }))).flat();
  if (english.length === 0) return [];
  const byKey = new Map<number, typeof english>();
  for (const word of english) {
    const list = byKey.get(word.key);
    if (list) list.push(word);
    else byKey.set(word.key, [word]);
  }
  const pairs: WordPair[] = [];
  zhSentences.forEach((text, zhSentence) => {
    for (const word of lexicon.chineseWords(text)) {
      const seen = new Set<(typeof english)[number]>();
      for (const key of word.keys) {
        for (const en of byKey.get(key) ?? []) {
          if (seen.has(en)) continue;
          seen.add(en);
          pairs.push({ zhSentence, zhStart: word.start, zhEnd: word.end, enSentence: en.sentence, enStart: en.start, enEnd: en.end });
        }
      }
    }
  });
  return pairs;
}
