import type { SegmentKind } from '../../../contract/model';
import type { Connection } from '../database/connection';
import { matchRanges, type Range } from './highlight';
import type { ParsedQuery } from './queryParser';
import { foldText } from './textNormalizer';

/** Of the candidates, the best by bm25 are reranked by phrase, heading, exact-word and proximity features. */
const RERANKED = 40;

/** A matching segment of one source, as ranked and, once shown, made into a hit. */
export interface Candidate {
  db: Connection;
  rowid: number;
  segment_id: string;
  document_id: string;
  kind: SegmentKind;
  position: number;
  rank: number;
  /** Loaded only for the candidates that are reranked or shown. */
  text_zh: string | null;
  text_en: string | null;
  /** The English match ranges, once rerank has computed them. */
  enRanges?: Range[];
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Word starts of the windows segmented lately, by window: ICU's dictionary segmentation was a fifth of a Chinese
 * query's time, and a term's windows recur (the next page, the query typed on, a phrase the documents repeat).
 */
const wordStarts = new Map<string, readonly number[]>();
const WORD_STARTS_KEPT = 5000;

function wordStartsOf(window: string): readonly number[] {
  let starts = wordStarts.get(window);
  if (!starts) {
    starts = Array.from(wordSegmenter.segment(window), (s) => s.index);
    if (wordStarts.size >= WORD_STARTS_KEPT) wordStarts.delete(wordStarts.keys().next().value!);
    wordStarts.set(window, starts);
  }
  return starts;
}

/**
 * The share of Chinese terms whose first occurrence is a whole word (or whole
 * words) by Intl.Segmenter: 卫生 in 公共卫生 ranks above 卫生 inside 卫生间.
 * Only a window around the match is segmented, so this stays cheap.
 */
function wordAlignedShare(text: string, terms: readonly string[]): number {
  const folded = foldText(text);
  let aligned = 0;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at < 0) continue;
    const from = Math.max(0, at - 8);
    const to = Math.min(folded.length, at + term.length + 8);
    const boundaries = new Set<number>([to]);
    for (const index of wordStartsOf(folded.slice(from, to))) boundaries.add(from + index);
    if (boundaries.has(at) && boundaries.has(at + term.length)) aligned++;
  }
  return aligned / terms.length;
}

/**
 * Phrase and heading matches first, then exact words and proximity, then
 * bm25: applied to the best RERANKED candidates by bm25; the rest keep
 * their bm25 order.
 */
export function rerank(candidates: Candidate[], query: ParsedQuery, similar: ReadonlySet<string>, loadTexts: (rows: Candidate[]) => void): Candidate[] {
  const byRank = [...candidates].sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);
  const head = byRank.slice(0, RERANKED);
  loadTexts(head);
  const positive = query.clauses.filter((c) => !c.negated).map((c) => c.anyOf[0]);
  const latinPhrase = positive.length > 1 && positive.every((t) => t.kind === 'latin') ? positive.flatMap((t) => (t.kind === 'latin' ? t.words : [])).join(' ') : null;
  const hanPhrase = positive.length > 1 && positive.every((t) => t.kind === 'han') ? positive.flatMap((t) => t.chars).join('') : null;
  const exactOnly = new Set<string>();
  const hanTerms = positive.filter((t) => t.kind === 'han' && t.chars.length > 1).map((t) => t.chars.join(''));
  const scored = head.map((c, index) => {
    let score = -c.rank;
    if (latinPhrase && c.text_en && foldText(c.text_en).includes(latinPhrase)) score += 20;
    if (hanPhrase && c.text_zh && foldText(c.text_zh).includes(hanPhrase)) score += 20;
    if (c.kind === 'heading' || c.kind === 'title') score += 8;
    if (hanTerms.length > 0 && c.text_zh && index < 20) score += 3 * wordAlignedShare(c.text_zh, hanTerms);
    const ranges = (c.enRanges = matchRanges(c.text_en, 'en', query, similar));
    if (similar.size > 0 && matchRanges(c.text_en, 'en', query, exactOnly).length > 0) score += 3;
    if (positive.length > 1 && ranges.length > 1) {
      let gap = Infinity;
      for (let i = 1; i < ranges.length; i++) gap = Math.min(gap, ranges[i][0] - ranges[i - 1][1]);
      score += 4 / (1 + gap / 10);
    }
    return { c, score };
  });
  return [...scored.sort((a, b) => b.score - a.score || a.c.rowid - b.c.rowid).map((s) => s.c), ...byRank.slice(RERANKED)];
}
