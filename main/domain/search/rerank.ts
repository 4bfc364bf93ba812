import type { SegmentKind } from '../../../contract/model';
import type { Connection } from '../database/connection';
import { matchRanges, type Range } from './highlight';
import type { ParsedQuery } from './queryParser';
import { foldText } from './textNormalizer';

/** Of the candidates, the best by bm25 are reranked by phrase, heading, exact-word and proximity features. */
const RERANKED = 40;

/** A match of one source as ranked, before its row is read. */
export interface Ranked {
  db: Connection;
  rowid: number;
  rank: number;
  /** Whether it is a heading or a title, where the source's layout tells without reading its row; null: its row tells. */
  heading: boolean | null;
}

/** The two sides of a segment, as stored. */
export interface Texts {
  zh: string | null;
  en: string | null;
}

/** A ranked match with its segment row and texts: read only for the candidates shown and those whose rerank needs them. */
export interface Candidate extends Ranked {
  segment_id: string;
  document_id: string;
  kind: SegmentKind;
  position: number;
  texts: Texts;
  /** The English match ranges, once rerank has computed them. */
  enRanges?: Range[];
}

/** Reads the rows of the ranked matches not read yet (one statement per source); those read already map to themselves. */
export type CandidateReader = (ranked: readonly Ranked[]) => ReadonlyMap<Ranked, Candidate>;

export const isRead = (r: Ranked): r is Candidate => 'segment_id' in r;

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

/** Only the best this many by bm25 are looked at for whole words (a dictionary segmentation each). */
const WORD_ALIGNED = 20;

/**
 * Phrase and heading matches first, then exact words and proximity, then
 * bm25: applied to the best RERANKED candidates by bm25; the rest keep their
 * bm25 order. Only the rows a feature looks at are read: one Chinese word
 * alone needs none (the layout tells the headings), a term of several
 * characters the first WORD_ALIGNED, English words all of them.
 */
export function rerank(ranked: readonly Ranked[], query: ParsedQuery, similar: ReadonlySet<string>, read: CandidateReader): Ranked[] {
  const byRank = [...ranked].sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);
  const head = byRank.slice(0, RERANKED);
  const positive = query.clauses.filter((c) => !c.negated).map((c) => c.anyOf[0]);
  const latinPhrase = positive.length > 1 && positive.every((t) => t.kind === 'latin') ? positive.flatMap((t) => (t.kind === 'latin' ? t.words : [])).join(' ') : null;
  const hanPhrase = positive.length > 1 && positive.every((t) => t.kind === 'han') ? positive.flatMap((t) => t.chars).join('') : null;
  const exactOnly = new Set<string>();
  const hanTerms = positive.filter((t) => t.kind === 'han' && t.chars.length > 1).map((t) => t.chars.join(''));
  const latin = query.clauses.some((c) => !c.negated && c.anyOf.some((t) => t.kind === 'latin'));
  const textsWanted = latin || hanPhrase ? head.length : hanTerms.length > 0 ? WORD_ALIGNED : 0;
  const rows = read(head.filter((r, index) => index < textsWanted || r.heading === null));
  const scored = head.flatMap((r, index) => {
    const c = rows.get(r) ?? null;
    // A row gone since the count (a document removed meanwhile) is no candidate.
    if (c === null && r.heading === null) return [];
    let score = -r.rank;
    if ((c ?? r).heading) score += 8;
    if (c === null) return [{ r, score }];
    if (latinPhrase && c.texts.en && foldText(c.texts.en).includes(latinPhrase)) score += 20;
    if (hanPhrase && c.texts.zh && foldText(c.texts.zh).includes(hanPhrase)) score += 20;
    if (hanTerms.length > 0 && c.texts.zh && index < WORD_ALIGNED) score += 3 * wordAlignedShare(c.texts.zh, hanTerms);
    if (!latin) return [{ r: c, score }];
    const ranges = (c.enRanges = matchRanges(c.texts.en, 'en', query, similar));
    if (similar.size > 0 && matchRanges(c.texts.en, 'en', query, exactOnly).length > 0) score += 3;
    if (positive.length > 1 && ranges.length > 1) {
      let gap = Infinity;
      for (let i = 1; i < ranges.length; i++) gap = Math.min(gap, ranges[i][0] - ranges[i - 1][1]);
      score += 4 / (1 + gap / 10);
    }
    return [{ r: c, score }];
  });
  return [...scored.sort((a, b) => b.score - a.score || a.r.rowid - b.r.rowid).map((s) => s.r), ...byRank.slice(RERANKED)];
}
