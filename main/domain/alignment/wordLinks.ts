import type { SentenceFeatures } from './sentenceFeatures';

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

/** The word pairs of a link, from the words its sentences' features already hold. */
export function wordPairs(zhSentences: readonly SentenceFeatures[], enSentences: readonly SentenceFeatures[]): WordPair[] {
  const byKey = new Map<number, { sentence: number; start: number; end: number }[]>();
  enSentences.forEach((features, sentence) => {
    for (const word of features.enWords) {
      if (word.key < 0) continue;
      const list = byKey.get(word.key);
      const entry = { sentence, start: word.start, end: word.end };
      if (list) list.push(entry);
      else byKey.set(word.key, [entry]);
    }
  });
  if (byKey.size === 0) return [];
  const pairs: WordPair[] = [];
  zhSentences.forEach((features, zhSentence) => {
    for (const word of features.zhWords) {
      const seen = new Set<object>();
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
