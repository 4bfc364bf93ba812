import type { TextLanguage } from '../../../contract/languages';
import type { SearchHit, SearchSnippet } from '../../../contract/search';
import type { AlignedStretch, SentenceSpan } from '../corpus/sentenceLinks';
import type { MatchLanguage } from './compileQuery';
import { clipRanges, densestRange, makeSnippet, matchRanges, mergeRanges, type Range } from './highlight';
import type { ParsedQuery } from './queryParser';
import type { Candidate, Texts } from './rerank';

const SNIPPET_WIDTH = { zh: 90, en: 220 } as const;
/**
 * The aligned sentences are shown whole up to this length (in the bundled
 * corpus, 97 % of English and 99 % of Chinese ones); longer, a window of them
 * around the rendering.
 */
export const COUNTERPART_WIDTH = { zh: 150, en: 480 } as const;

/** One segment's sentences and links: what a stretch of one side is aligned with. */
export interface SegmentSentences {
  at(side: TextLanguage, start: number, end: number): AlignedStretch | null;
}

/**
 * The sentences of a source and their links across the languages
 * (SentenceLinkStore for the corpus), read for a page of hits at once; a
 * source without sentence data has none.
 */
export interface SentenceAlignment {
  segmentAlignments(segmentIds: readonly string[]): ReadonlyMap<string, SegmentSentences>;
}

const otherSide = (side: TextLanguage): TextLanguage => (side === 'zh' ? 'en' : 'zh');
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

/**
 * A shown candidate as a hit: the sides it matched and a snippet of each.
 * With sentence data, the other side's snippet is the sentences aligned with
 * the matched one, the rendering of the query marked in them (issue "Sentence
 * by sentence"); without it, the other side is cut at the same relative place.
 */
export function toHit(c: Candidate, query: ParsedQuery, similar: ReadonlySet<string>, language: MatchLanguage, sentences: SegmentSentences | null): Omit<SearchHit, 'origin' | 'reviewNote'> {
  const ranges: Record<TextLanguage, Range[]> = {
    zh: language === 'en' ? [] : matchRanges(c.texts.zh, 'zh', query, similar),
    en: language === 'zh' ? [] : (c.enRanges ?? matchRanges(c.texts.en, 'en', query, similar)),
  };
  const matched = (['zh', 'en'] as const).filter((side) => ranges[side].length > 0);
  const hit = { segmentId: c.segment_id, documentId: c.document_id, position: c.position, kind: c.kind, matched };
  return { ...hit, ...((sentences && alignedSnippets(c.segment_id, c.texts, ranges, sentences)) ?? sameRelativePlace(c.texts, ranges)) };
}

type Snippets = Pick<SearchHit, 'zh' | 'en' | 'sentences'>;

/** Today's snippets where there is no sentence data: the side without a match is cut at the same relative place. */
function sameRelativePlace(texts: Texts, ranges: Record<TextLanguage, Range[]>): Snippets {
  const share = (side: TextLanguage) => {
    const text = texts[side];
    return text && ranges[side].length ? ranges[side][0][0] / text.length : 0;
  };
  const anchorShare = Math.max(share('zh'), share('en'));
  const snippet = (side: TextLanguage) => {
    const text = texts[side];
    return text === null ? null : makeSnippet(text, ranges[side], SNIPPET_WIDTH[side], { anchorShare });
  };
  return { zh: snippet('zh'), en: snippet('en') };
}

/**
 * The matched side centred on the sentence that holds its best match, and
 * the other side the sentences linked with it. Null when the segment has no
 * sentence data there, or the sentence has no counterpart (a 1–0 link).
 */
function alignedSnippets(segmentId: string, texts: Texts, ranges: Record<TextLanguage, Range[]>, sentences: SegmentSentences): Snippets | null {
  const side: TextLanguage = ranges.zh.length > 0 ? 'zh' : 'en';
  const other = otherSide(side);
  const text = texts[side];
  const otherText = texts[other];
  if (ranges[side].length === 0 || text === null || otherText === null) return null;
  const best = densestRange(ranges[side], Math.floor((SNIPPET_WIDTH[side] * 2) / 3));
  const aligned = sentences.at(side, best[0], best[1]);
  const counterpart = aligned?.counterpart.filter((s) => s.segmentId === segmentId) ?? [];
  if (!aligned || aligned.matched.length === 0 || counterpart.length === 0) return null;

  const focus = spanOf(aligned.matched);
  const otherFocus = spanOf(counterpart);
  // The rendering: the other side's words paired with the words the query matched in the sentence.
  const matchesInFocus = ranges[side].filter((r) => overlaps(r, focus));
  const rendering = aligned.renderings
    .filter((pair) => pair[side].segmentId === segmentId && pair[other].segmentId === segmentId)
    .filter((pair) => matchesInFocus.some((r) => overlaps(r, [pair[side].start, pair[side].end])))
    .map((pair): Range => [pair[other].start, pair[other].end]);
  // When the query matched the other side too, its own matches stay marked; elsewhere in the paragraph, they are shown there.
  const own = ranges[other].filter((r) => overlaps(r, otherFocus));
  const otherSnippet =
    ranges[other].length > 0 && own.length === 0
      ? makeSnippet(otherText, ranges[other], SNIPPET_WIDTH[other])
      : sentencesSnippet(otherText, otherFocus, mergeRanges([...rendering, ...own]), COUNTERPART_WIDTH[other]);
  const snippets = {
    [side]: makeSnippet(text, ranges[side], SNIPPET_WIDTH[side], { focus }),
    [other]: otherSnippet,
  } as Record<TextLanguage, SearchSnippet>;
  return {
    ...snippets,
    sentences: { [side]: aligned.matched.map((s) => s.id), [other]: counterpart.map((s) => s.id) } as Record<TextLanguage, string[]>,
  };
}

function spanOf(sentences: readonly SentenceSpan[]): Range {
  return [Math.min(...sentences.map((s) => s.start)), Math.max(...sentences.map((s) => s.end))];
}

/**
 * The sentences [start, end) of `text` whole, or when longer than `width` a
 * window of them around the highlights; only a sentence cut short is marked
 * as cut, so whole sentences read without ellipses.
 */
function sentencesSnippet(text: string, [start, end]: Range, highlights: Range[], width: number): SearchSnippet {
  return makeSnippet(text.slice(start, end), clipRanges(highlights, start, end), width);
}
