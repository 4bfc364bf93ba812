import type { TFunction } from 'i18next';
import { confidencePercent, isLowConfidence, linkKeys, otherSide, type SentenceEntry, type SentenceIndex } from './sentenceIndex';

export type Translate = TFunction;

/**
 * What a screen reader hears when a sentence takes the focus, e.g. "Chinese
 * sentence 3 of 7 in paragraph 12, linked to English sentences 3–4; link
 * confidence 42 %, check this link."
 */
export function describeSentence(t: Translate, index: SentenceIndex, key: string): string {
  const entry = index.entries.get(key);
  const link = entry ? index.links.get(entry.link) : undefined;
  if (!entry || !link) return '';
  const language = (side: string) => t(`textLanguage.${side}`);
  const position = t('sentences.position', { language: language(entry.side), n: entry.n, count: entry.count, paragraph: entry.paragraph });
  const other = otherSide(entry.side);
  const counterparts = linkKeys(link, other).flatMap((k) => index.entries.get(k) ?? []);
  const counterpart =
    counterparts.length === 0
      ? t('sentences.noCounterpart', { language: language(other) })
      : t('sentences.linkedTo', { language: language(other), count: counterparts.length, numbers: sentenceNumbers(t, counterparts, entry.segmentId) });
  const percent = confidencePercent(link.confidence);
  const confidence = link.corrected ? t('sentences.corrected') : t(isLowConfidence(link) ? 'sentences.confidenceLow' : 'sentences.confidence', { percent });
  return t('sentences.announce', { position, counterpart, confidence });
}

/**
 * "3–4", "3, 5", or, for sentences of another paragraph (a link may span
 * paragraphs), "1 in paragraph 13".
 */
export function sentenceNumbers(t: Translate, sentences: readonly SentenceEntry[], ownSegmentId: string): string {
  const groups: { segmentId: string; paragraph: number; numbers: number[] }[] = [];
  for (const sentence of sentences) {
    const last = groups[groups.length - 1];
    if (last?.segmentId === sentence.segmentId) last.numbers.push(sentence.n);
    else groups.push({ segmentId: sentence.segmentId, paragraph: sentence.paragraph, numbers: [sentence.n] });
  }
  const separator = t('sentences.listSeparator');
  return groups
    .map((group) => {
      const numbers = runs(group.numbers).join(separator);
      return group.segmentId === ownSegmentId ? numbers : t('sentences.numbersInParagraph', { numbers, paragraph: group.paragraph });
    })
    .join(separator);
}

/** [3, 4, 5, 7] → ["3–5", "7"]. */
function runs(numbers: readonly number[]): string[] {
  const out: string[] = [];
  let start = numbers[0];
  for (let i = 1; i <= numbers.length; i++) {
    if (i < numbers.length && numbers[i] === numbers[i - 1] + 1) continue;
    const end = numbers[i - 1];
    out.push(start === end ? `${start}` : `${start}–${end}`);
    start = numbers[i];
  }
  return out;
}
