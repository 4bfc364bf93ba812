import type { Concept } from '../../../contract/terminology';
import { foldText } from '../search/textNormalizer';
import { englishWords, EnglishTermMatch } from './englishTermMatch';
import { plainEnglish } from './termMatcher';

/**
 * Whether a Chinese/English pair is already a termbase entry: the Chinese is
 * one of a concept's Chinese terms (folded as the search folds, so 衛生 is
 * 卫生) and the English, whole, is one of that concept's English terms as
 * the term matcher reads it (its case, inflection and hyphen rules).
 */
export class KnownTermPairs {
  private readonly byChinese = new Map<string, EnglishTermMatch[]>();

  constructor(concepts: readonly Concept[]) {
    for (const concept of concepts) {
      const english = concept.terms.filter((t) => t.language === 'en').map((t) => new EnglishTermMatch(t.text, t.matching));
      for (const term of concept.terms.filter((t) => t.language === 'zh')) {
        const key = foldText(term.text.trim());
        this.byChinese.set(key, [...(this.byChinese.get(key) ?? []), ...english]);
      }
    }
  }

  has(zh: string, en: string): boolean {
    const matches = this.byChinese.get(foldText(zh));
    if (!matches) return false;
    const plain = plainEnglish(en);
    const words = englishWords(plain);
    return matches.some((m) => m.find(words).some(([start, end]) => start === 0 && end === plain.length));
  }
}
