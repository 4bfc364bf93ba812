import type { TextLanguage } from '../../../contract/languages';
import type { ChineseWord, EnglishWord, Lexicon } from './lexicon';
import { digitNumbers, numbersReadable } from './numbers';

/**
 * What the aligner knows of one sentence, computed once: its length, its
 * lexicon keys, its figures and Latin strings, its punctuation, and where it
 * stands in its paragraph.
 */
export interface SentenceFeatures {
  language: TextLanguage;
  /** Characters other than white space. */
  length: number;
  /** zh: the dictionary words, with the key ids of each; en: none. */
  zhWords: ChineseWord[];
  wordKeys: Int32Array[];
  /** en: the content words, each with its key id (-1: no entry explains it); zh: none. */
  enWords: EnglishWord[];
  enKeys: Int32Array;
  /** Figures written with digits. */
  figures: number[];
  /** Every value the text can be read as holding (digits, numerals, number words), worked out when first asked. */
  readable(): Set<number>;
  /** Latin words of two letters or more, lowercased (in Chinese text: names, acronyms). */
  latin: string[];
  /** Ends without sentence punctuation: a heading, a date line, a title. */
  unpunctuated: boolean;
  endsWithColon: boolean;
  question: boolean;
  /** Index of the paragraph (input line) the sentence belongs to. */
  paragraph: number;
  firstInParagraph: boolean;
  lastInParagraph: boolean;
}

const NON_SPACE = /\S/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]+|[0-9]+[A-Za-z][A-Za-z0-9]*/g;
const FINAL_PUNCTUATION = /[。！？；.!?;…][\s"'”’」』）》】)\]]*$/;

export interface SentenceInput {
  text: string;
  paragraph: number;
  firstInParagraph: boolean;
  lastInParagraph: boolean;
}

export function sentenceFeatures(sentence: SentenceInput, language: TextLanguage, lexicon: Lexicon): SentenceFeatures {
  const { text } = sentence;
  const zhWords = language === 'zh' ? lexicon.chineseWords(text) : [];
  const enWords = language === 'en' ? lexicon.englishWords(text) : [];
  const figures = hasDigit(text) ? [...new Set(digitNumbers(text))] : [];
  const trimmed = text.trimEnd();
  return {
    language,
    length: text.match(NON_SPACE)?.length ?? 0,
    zhWords,
    wordKeys: zhWords.map((w) => w.keys),
    enWords,
    enKeys: Int32Array.from(enWords, (w) => w.key),
    figures,
    readable: lazily(() => numbersReadable(text)),
    latin: (text.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase()),
    unpunctuated: !FINAL_PUNCTUATION.test(trimmed),
    endsWithColon: /[:：]["'”’」』）》】)\]]*$/.test(trimmed),
    question: /[?？]/.test(text),
    paragraph: sentence.paragraph,
    firstInParagraph: sentence.firstInParagraph,
    lastInParagraph: sentence.lastInParagraph,
  };
}

function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function hasDigit(text: string): boolean {
  return /[0-9０-９]/.test(text);
}
