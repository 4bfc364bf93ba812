import type { TextLanguage } from '../../../contract/languages';
import type { Lexicon } from './lexicon';
import { alignSentenceLists } from './sentenceAligner';
import { featuresOf, locateSentences, type LocatedSentence } from './textAligner';
import { wordPairs, type WordPair } from './wordLinks';

/**
 * The sentences and sentence links of one aligned paragraph (a segment whose
 * two sides correspond, as in the bundled corpus): its links never leave it.
 * Sentence numbers are 1-based on each side, as sentence ids count them.
 */
export interface ParagraphLink {
  zh: number[];
  en: number[];
  confidence: number;
  /** A person set it (an override in the sources), not the aligner. */
  corrected: boolean;
  words: WordPair[];
}

export interface ParagraphAlignment {
  sentences: Record<TextLanguage, LocatedSentence[]>;
  links: ParagraphLink[];
}

export function paragraphSentences(text: string | null | undefined, language: TextLanguage): LocatedSentence[] {
  return text ? locateSentences([text], language) : [];
}

/** Aligns a paragraph's sentences; `corrected`, when given, replaces the computed links (1-based numbers). */
export function alignParagraph(
  zhText: string | null | undefined,
  enText: string | null | undefined,
  lexicon: Lexicon,
  corrected?: readonly { zh: readonly number[]; en: readonly number[] }[],
): ParagraphAlignment {
  const zh = paragraphSentences(zhText, 'zh');
  const en = paragraphSentences(enText, 'en');
  const problem = corrected ? linkCorrectionProblem(corrected, { zh: zh.length, en: en.length }) : null;
  if (problem) throw new LinkCorrectionError(problem);
  const zhFeatures = featuresOf(zh, 'zh', lexicon, false);
  const enFeatures = featuresOf(en, 'en', lexicon, false);
  const groups = corrected
    ? corrected.map((l) => ({ zh: l.zh.map((n) => n - 1), en: l.en.map((n) => n - 1), confidence: 1, corrected: true }))
    : alignSentenceLists(zhFeatures, enFeatures, lexicon.keyCount, { paragraphCues: false }).map((l) => ({ ...l, corrected: false }));
  const links = groups.map((g) => ({
    zh: g.zh.map((k) => k + 1),
    en: g.en.map((k) => k + 1),
    confidence: round(g.confidence),
    corrected: g.corrected,
    words: wordPairs(
      g.zh.map((k) => zhFeatures[k]),
      g.en.map((k) => enFeatures[k]),
    ),
  }));
  return { sentences: { zh, en }, links };
}

export class LinkCorrectionError extends Error {}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Why a person's correction no longer fits the paragraph's sentences, or null:
 * every sentence in exactly one link, in reading order, numbers that exist.
 */
export function linkCorrectionProblem(
  corrected: readonly { zh: readonly number[]; en: readonly number[] }[],
  counts: Record<TextLanguage, number>,
): string | null {
  for (const side of ['zh', 'en'] as const) {
    const numbers = corrected.flatMap((l) => [...l[side]]);
    const expected = Array.from({ length: counts[side] }, (_, k) => k + 1);
    if (numbers.join(',') !== expected.join(',')) {
      return `the ${side === 'zh' ? 'Chinese' : 'English'} side has ${counts[side]} sentences (1–${counts[side]}), but the corrected links list ${numbers.join(', ') || 'none'}: each must appear once, in order`;
    }
  }
  const empty = corrected.findIndex((l) => l.zh.length === 0 && l.en.length === 0);
  return empty >= 0 ? `corrected link ${empty + 1} has no sentence on either side` : null;
}
