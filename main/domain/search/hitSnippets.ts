import type { TextLanguage } from '../../../contract/languages';
import type { SearchHit } from '../../../contract/search';
import type { MatchLanguage } from './compileQuery';
import { makeSnippet, matchRanges, type Range } from './highlight';
import type { ParsedQuery } from './queryParser';
import type { Candidate } from './rerank';

const SNIPPET_WIDTH = { zh: 90, en: 220 } as const;

/** A shown candidate as a hit: the sides it matched, and a snippet of each. */
export function toHit(c: Candidate, query: ParsedQuery, similar: ReadonlySet<string>, language: MatchLanguage): SearchHit {
  const zhRanges = language === 'en' ? [] : matchRanges(c.text_zh, 'zh', query, similar);
  const enRanges = language === 'zh' ? [] : (c.enRanges ?? matchRanges(c.text_en, 'en', query, similar));
  const matched: TextLanguage[] = [];
  if (zhRanges.length) matched.push('zh');
  if (enRanges.length) matched.push('en');
  // The side without a match is cut at the same relative place, so the counterpart faces the hit.
  const share = (text: string | null, ranges: Range[]) => (text && ranges.length ? ranges[0][0] / text.length : 0);
  const anchor = Math.max(share(c.text_zh, zhRanges), share(c.text_en, enRanges));
  return {
    segmentId: c.segment_id,
    documentId: c.document_id,
    position: c.position,
    kind: c.kind,
    matched,
    zh: c.text_zh === null ? null : makeSnippet(c.text_zh, zhRanges, SNIPPET_WIDTH.zh, anchor),
    en: c.text_en === null ? null : makeSnippet(c.text_en, enRanges, SNIPPET_WIDTH.en, anchor),
  };
}
