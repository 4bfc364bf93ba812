import type { TextLanguage } from '../../../contract/languages';

/**
 * Sentence segmentation for Chinese and English: Intl.Segmenter (ICU's
 * UAX #29 sentence rules) proposes the boundaries, and the rules below, each
 * pinned by a test, correct what those rules get wrong for policy texts:
 * - 。！？ are ICU's; ；/; and an ellipsis end a sentence too, since policy
 *   texts join list clauses with semicolons in both languages;
 * - a closing quote or bracket stays on the sentence it closes, an opening
 *   one moves to the sentence it opens;
 * - a numbered item marker ((一), (1), 1., 一、) stays with its sentence;
 * - English abbreviations (No., Dr., U.S., e.g.), initials, "15. 2021" and a
 *   period followed by a lowercase word never end a sentence.
 */
export interface SentenceSpan {
  /** UTF-16 offsets in the text; the span holds no leading or trailing white space. */
  start: number;
  end: number;
}

const segmenters: Partial<Record<TextLanguage, Intl.Segmenter>> = {};
function icuSegmenter(language: TextLanguage): Intl.Segmenter {
  return (segmenters[language] ??= new Intl.Segmenter(language === 'zh' ? 'zh' : 'en', { granularity: 'sentence' }));
}

const CLOSERS = '”’"\'」』）》】〕〉)]}';
const OPENERS = '“‘"\'「『（《【〔〈([{';
/**
 * Boundaries ICU does not propose: a semicolon or an ellipsis, and sentence
 * punctuation before white space that ICU leaves joined (". , Severe", "36%. 37%").
 * The rules in endsSentence then decide each of them.
 */
const EXTRA_TERMINATOR = /(?:[；;]|…+|\.{3,}|[.!?](?=\s))(?=[\s\S])/g;

/** Abbreviations that take a period and never end an English sentence when followed by more text. */
const ABBREVIATIONS = new Set(
  [
    'no', 'nos', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'co', 'ltd', 'inc', 'corp', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'p.r',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'vol', 'fig', 'approx', 'dept', 'gov',
    'jr', 'sr', 'cf', 'al', 'ed', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'hon', 'mt', 'ft', 'op', 'pp', 'ch', 'sec',
  ],
);
/** "etc." ends a sentence when a capital follows; the others never do. */
const ABBREVIATIONS_ENDING_SENTENCES = new Set(['etc']);

/** Item markers that are a sentence's opening, never a sentence of their own. */
const ITEM_MARKER = /^\s*(?:[（(](?:[一二三四五六七八九十百]+|\d{1,3}|[a-zA-Z])[）)]|\d{1,3}(?:\.\d{1,3})*[.、．)]|[一二三四五六七八九十百]+[、．.]|[a-zA-Z][.)]|(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})[.)]|[•·●○■□◆◇▪-])\s*$/;

export function segmentSentences(text: string, language: TextLanguage): SentenceSpan[] {
  const cuts = new Set<number>();
  for (const piece of icuSegmenter(language).segment(text)) if (piece.index > 0) cuts.add(piece.index);
  for (const m of text.matchAll(EXTRA_TERMINATOR)) cuts.add(m.index + m[0].length);

  const pieces: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = settleCut(text, cut);
    if (end > start && end < text.length) {
      pieces.push({ start, end });
      start = end;
    }
  }
  pieces.push({ start, end: text.length });

  const sentences: SentenceSpan[] = [];
  for (const piece of pieces) {
    const span = trimSpan(text, piece);
    if (span.end <= span.start) {
      // White space only: it belongs to the sentence before, or is dropped.
      continue;
    }
    const previous = sentences[sentences.length - 1];
    if (previous && !endsSentence(text, previous, span, language)) previous.end = span.end;
    else sentences.push(span);
  }
  return sentences;
}

/** Moves a boundary past the closers that follow it and before the openers that precede it. */
function settleCut(text: string, cut: number): number {
  let at = cut;
  // Closers right after the punctuation stay with the sentence (skipping the white space ICU put before them).
  let probe = at;
  while (probe < text.length && /\s/.test(text[probe])) probe++;
  if (probe < text.length && CLOSERS.includes(text[probe]) && !OPENERS.includes(text[probe])) {
    while (probe < text.length && CLOSERS.includes(text[probe]) && !OPENERS.includes(text[probe])) probe++;
    at = probe;
  }
  // Openers (and ambiguous straight quotes) before the boundary belong to the next sentence.
  while (at > 0 && isOpenerBefore(text, at)) at--;
  return at;
}

function isOpenerBefore(text: string, at: number): boolean {
  const ch = text[at - 1];
  if (!OPENERS.includes(ch)) return false;
  if (!CLOSERS.includes(ch)) return true;
  // A straight quote is an opener when white space or sentence punctuation stands before it.
  return at < 2 || /[\s。！？；!?;.]/.test(text[at - 2]);
}

function trimSpan(text: string, span: SentenceSpan): SentenceSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Whether the boundary between two proposed sentences stands, by the rules above. */
function endsSentence(text: string, previous: SentenceSpan, next: SentenceSpan, language: TextLanguage): boolean {
  const before = text.slice(previous.start, previous.end);
  if (ITEM_MARKER.test(before)) return false;
  if (!/[。！？；!?;.…]["'”’」』）》】〕〉)\]}]*$/u.test(before)) {
    // No sentence punctuation at the end: ICU cut at a line break or a stray quote. A line break stands.
    return /\n/.test(text.slice(previous.end, next.start));
  }
  if (/[。！？；!?;…]["'”’」』）》】〕〉)\]}]*$/u.test(before)) return true;
  // The piece ends with a period: English rules (a period in Chinese text follows the same ones).
  // A sentence never opens with a lowercase word, even after stray punctuation (". , measles").
  const following = text.slice(next.start, next.start + 8).replace(/^[,;:，、\s]+/, '');
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(before)?.[1]?.toLowerCase();
  if (word !== undefined) {
    if (word.length === 1 && isInitial(before, following)) return false;
    if (ABBREVIATIONS.has(word)) return ABBREVIATIONS_ENDING_SENTENCES.has(word) && /^[A-Z"“(]/.test(following);
  }
  if (/\d\.$/.test(before) && /^\d/.test(following)) return false; // "July 15. 2021"
  if (/^[a-z]/.test(following) && language === 'en') return false;
  return true;
}

/**
 * "J. K. Rowling", "John F. Kennedy": a capital letter alone that opens the
 * text, follows a capitalised word or an initial, or comes before another
 * initial; not "hepatitis C." closing a sentence.
 */
function isInitial(before: string, following: string): boolean {
  if (!/(?:^|\s)[A-Z]\.$/.test(before)) return false;
  if (/^[A-Z]\.(?:\s|$)/.test(following)) return true;
  const previousWord = /(\S+)\s+[A-Z]\.$/.exec(before)?.[1];
  return previousWord === undefined || /^[A-Z]/.test(previousWord);
}
