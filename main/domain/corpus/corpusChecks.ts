import crypto from 'node:crypto';
import { TEXT_LANGUAGES } from '../../../contract/languages';
import { makeSegmentId } from '../../../contract/segmentId';
import { chineseNumeralValue, missingNumbers } from '../alignment/numbers';
import { linkCorrectionProblem, paragraphSentences } from '../alignment/segmentAligner';
import type { CorpusDocumentSource, SegmentSource } from './corpusSource';
import { unflaggedLatinNames } from './latinNames';

/**
 * Checks that keep the bundled corpus honest (issue #3): both sides present or
 * an explicit reason, the same figures on both sides, headings numbered alike,
 * each side in its own language, no person's name left in Latin letters in
 * the Chinese unless a review note names it (issue #12), sentence links corrected by hand that still
 * fit the text, review notes in both languages, and stable segment ids that
 * never disappear.
 */
export type CorpusCheck =
  | 'published-text-changed'
  | 'missing-side'
  | 'numbers'
  | 'heading-numbering'
  | 'language-mix'
  | 'latin-name'
  | 'sentence-links'
  | 'review-note'
  | 'duplicate-id'
  | 'id-removed'
  | 'id-unrecorded';

export interface CorpusProblem {
  check: CorpusCheck;
  /** `<document>:<segment>`, or the document id for whole-document problems. */
  where: string;
  detail: string;
}

const ENGLISH_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ROMAN_NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** The number a heading starts with ("五、", "（三）", "5.", "(3)", "Five,", "II "), or null. */
export function headingNumber(text: string, language: 'zh' | 'en'): number | null {
  if (language === 'zh') {
    const match = /^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[)）]|第([一二三四五六七八九十]+)[章节部分条])/.exec(text);
    const numeral = match?.[1] ?? match?.[2] ?? match?.[3];
    return numeral ? chineseNumeralValue(numeral) : null;
  }
  const digits = /^(?:(\d+)\.\s|\((\d+)\))/.exec(text);
  if (digits) return Number(digits[1] ?? digits[2]);
  const word = /^([A-Za-z]+)[,.]?\s/.exec(text)?.[1];
  if (!word) return null;
  const englishWord = ENGLISH_NUMBER_WORDS.indexOf(word.toLowerCase());
  if (englishWord >= 0 && /^[A-Za-z]+,/.test(text)) return englishWord + 1;
  const roman = ROMAN_NUMERALS.indexOf(word.toLowerCase());
  return roman >= 0 && word === word.toUpperCase() ? roman + 1 : null;
}

/** A run of three or more Latin-script words with an ordinary lower-case word in it: an English phrase, not a name or acronym. */
const ENGLISH_PHRASE = /[A-Za-z][A-Za-z'’-]*(?:[\s,]+[A-Za-z][A-Za-z'’-]*){2,}/g;
const CHINESE_CHARACTER = /[\u3400-\u9fff\uf900-\ufaff]/;

export function englishInChinese(text: string): string[] {
  return [...text.matchAll(ENGLISH_PHRASE)].map((m) => m[0]).filter((run) => /\b[a-z]{2,}\b/.test(run));
}

export function chineseInEnglish(text: string): boolean {
  return CHINESE_CHARACTER.test(text);
}

function checkSegment(documentId: string, s: SegmentSource): CorpusProblem[] {
  const where = makeSegmentId(documentId, s.id);
  const problems: CorpusProblem[] = [];
  for (const language of TEXT_LANGUAGES) {
    if (!s[language] && !s.missing?.[language]) {
      problems.push({ check: 'missing-side', where, detail: `no ${language} text and no recorded reason` });
    }
  }
  if (s.zh && s.en && !s.numbersDiffer) {
    const [inZh, inEn] = [missingNumbers(s.en, s.zh), missingNumbers(s.zh, s.en)];
    if (inZh.length) problems.push({ check: 'numbers', where, detail: `English figures missing from the Chinese: ${inZh.join(', ')}` });
    if (inEn.length) problems.push({ check: 'numbers', where, detail: `Chinese figures missing from the English: ${inEn.join(', ')}` });
  }
  if (s.kind === 'heading' && s.zh && s.en) {
    const [zh, en] = [headingNumber(s.zh, 'zh'), headingNumber(s.en, 'en')];
    if (zh !== en) problems.push({ check: 'heading-numbering', where, detail: `Chinese heading numbered ${zh ?? 'none'}, English ${en ?? 'none'}` });
  }
  if (s.zh) {
    const english = englishInChinese(s.zh);
    if (english.length) problems.push({ check: 'language-mix', where, detail: `English in the Chinese side: ${english.map((e) => `"${e}"`).join(', ')}` });
    problems.push(...latinNameProblems(where, s.zh, s.review?.en));
  }
  if (s.en && chineseInEnglish(s.en)) problems.push({ check: 'language-mix', where, detail: 'Chinese characters in the English side' });
  problems.push(...checkReviewNote(where, s.review));
  if (s.links) {
    const problem = linkCorrectionProblem(s.links, { zh: paragraphSentences(s.zh, 'zh').length, en: paragraphSentences(s.en, 'en').length });
    if (problem) problems.push({ check: 'sentence-links', where, detail: `corrected sentence links no longer fit the text: ${problem}` });
  }
  return problems;
}

function latinNameProblems(where: string, zh: string, reviewEn: string | undefined): CorpusProblem[] {
  const names = unflaggedLatinNames(zh, reviewEn);
  if (names.length === 0) return [];
  const detail = `a name in Latin letters in the Chinese side, with no review note naming it: ${names.map((n) => `"${n}"`).join(', ')}`;
  return [{ check: 'latin-name', where, detail }];
}

/** A review note is read in either interface language: both must be there, the Chinese one in Chinese. */
function checkReviewNote(where: string, review: SegmentSource['review']): CorpusProblem[] {
  if (review === undefined) return [];
  const problems: CorpusProblem[] = [];
  for (const language of TEXT_LANGUAGES) {
    if (!review[language]) problems.push({ check: 'review-note', where, detail: `the review note has no ${language} version` });
  }
  if (review.zh && !CHINESE_CHARACTER.test(review.zh)) problems.push({ check: 'review-note', where, detail: 'the Chinese review note has no Chinese in it' });
  return problems;
}

/**
 * sha256 of a document's published sides in order, white space dropped: the
 * published text is the record, so any edit to it (beyond layout) shows.
 */
export function publishedTextDigest({ document, segments }: CorpusDocumentSource): string {
  const published = segments.map((s) => {
    const origin = { ...document.origin, ...s.origin };
    return [origin.zh === 'published' ? s.zh : '', origin.en === 'published' ? s.en : ''].join('');
  });
  return crypto.createHash('sha256').update(published.join('').replace(/\s+/g, '')).digest('hex');
}

/** Every problem of the corpus; an empty list is a corpus fit to ship. */
export function checkCorpus(sources: readonly CorpusDocumentSource[], recordedIds: readonly string[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const ids = new Set<string>();
  for (const source of sources) {
    const { document, segments } = source;
    // The catalogue's Chinese has no review note: a name there must be written in Chinese.
    for (const zh of [document.title.zh, document.summary.zh]) if (zh) problems.push(...latinNameProblems(document.id, zh, undefined));
    if (publishedTextDigest(source) !== document.publishedTextSha256) {
      problems.push({ check: 'published-text-changed', where: document.id, detail: 'the published text differs from the text as received (publishedTextSha256)' });
    }
    for (const segment of segments) {
      const id = makeSegmentId(document.id, segment.id);
      if (ids.has(id)) problems.push({ check: 'duplicate-id', where: id, detail: 'segment id used twice' });
      ids.add(id);
      problems.push(...checkSegment(document.id, segment));
    }
  }
  const recorded = new Set(recordedIds);
  for (const id of recorded) {
    if (!ids.has(id)) problems.push({ check: 'id-removed', where: id, detail: 'a recorded segment id disappeared; ids are permanent (annotations anchor to them)' });
  }
  for (const id of ids) {
    if (!recorded.has(id)) problems.push({ check: 'id-unrecorded', where: id, detail: 'new segment id not yet recorded: run npm run corpus:record-ids' });
  }
  return problems;
}

/** The committed reference list of segment ids: one per line, `#` comments allowed. */
export function parseRecordedIds(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
