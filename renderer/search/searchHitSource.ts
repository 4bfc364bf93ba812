import type { QuoteSource } from '../../contract/packs';
import type { SearchHit } from '../../contract/search';

/**
 * What a hit quotes in a pack: the matched sentences of its first matched side
 * when the hit names them, else that side's whole paragraph.
 */
export function quoteSourceOf(hit: SearchHit): QuoteSource {
  const side = hit.matched[0] ?? 'zh';
  const sentenceIds = hit.sentences?.[side] ?? [];
  return sentenceIds.length > 0 ? { kind: 'sentences', segmentId: hit.segmentId, side, sentenceIds } : { kind: 'paragraph', segmentId: hit.segmentId, side };
}
