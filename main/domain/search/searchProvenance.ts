import type { TextLanguage } from '../../../contract/languages';
import { TEXT_LANGUAGES } from '../../../contract/languages';
import type { TextOrigin } from '../../../contract/model';
import type { SearchHit, SearchRequest } from '../../../contract/search';
import type { Connection } from '../database/connection';
import { compileQuery, type Vocabulary } from './compileQuery';
import type { ParsedQuery } from './queryParser';
import type { Candidate } from './rerank';
import type { Filters } from './searchFilters';

/** What a hit says of where its text comes from (issue #12: provenance is never lost). */
export type HitProvenance = Pick<SearchHit, 'origin' | 'reviewNote'>;

/** A source without provenance records (a user's own document) says nothing of its sides. */
export const UNKNOWN_PROVENANCE: HitProvenance = { origin: { zh: null, en: null }, reviewNote: null };

/**
 * A source that records each side's provenance and each segment's review note
 * (CorpusProvenance for the bundled corpus).
 */
export interface SegmentProvenance {
  /** The ids, as a sub-select over the source's own tables, of the segments whose `side` has `origin`. */
  segmentsWithOrigin(side: TextLanguage): string;
  /** Provenance of the hits shown: one query for a page. */
  of(segmentIds: readonly string[]): ReadonlyMap<string, HitProvenance>;
}

/**
 * "Only published text" (or only reference translations): a hit counts when the
 * query matches, on its own, a side of that provenance. A paragraph whose
 * published English holds the query and whose Chinese rendering does not is
 * published text; one found only in its rendering is not, though its other
 * side is published. `sideMatches`: the query compiled for each side the
 * language filter allows. A source that records no provenance has no hit.
 */
export function originFilter(origin: TextOrigin, sideMatches: Partial<Record<TextLanguage, string>>, provenance: SegmentProvenance | null): Filters {
  const sides = TEXT_LANGUAGES.filter((side) => sideMatches[side] !== undefined);
  if (provenance === null || sides.length === 0) return { sql: ' AND 0', params: [] };
  const clauses = sides.map(
    (side) => `(s.segment_id IN (${provenance.segmentsWithOrigin(side)}) AND s.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?))`,
  );
  return { sql: ` AND (${clauses.join(' OR ')})`, params: sides.flatMap((side) => [origin, sideMatches[side]]) };
}

/** Both conditions: the request's filters and the origin one. */
export function withFilter(filters: Filters, more: Filters | null): Filters {
  return more === null ? filters : { sql: filters.sql + more.sql, params: [...filters.params, ...more.params] };
}

/**
 * The origin filter of a request, to be made for each source (only one that
 * records provenance can satisfy it), with the query compiled for each side the
 * language filter allows; null without the filter.
 */
export function originFilterOf(request: SearchRequest, query: ParsedQuery, vocabulary: Vocabulary): ((provenance: SegmentProvenance | null) => Filters) | null {
  const { origin } = request;
  if (!origin) return null;
  const language = request.language ?? 'any';
  const sideMatches: Partial<Record<TextLanguage, string>> = {};
  for (const side of TEXT_LANGUAGES) {
    const compiled = language === 'any' || language === side ? compileQuery(query, side, vocabulary) : null;
    if (compiled?.ok) sideMatches[side] = compiled.match;
  }
  return (provenance) => originFilter(origin, sideMatches, provenance);
}

/** Each shown hit's provenance, where its source records it: one query per source, for the page only. */
export function pageProvenance(page: readonly Candidate[], sources: ReadonlyMap<Connection, SegmentProvenance>): Map<Candidate, HitProvenance> {
  const found = new Map<Candidate, HitProvenance>();
  for (const [db, records] of sources) {
    const rows = page.filter((c) => c.db === db);
    if (rows.length === 0) continue;
    const bySegment = records.of(rows.map((c) => c.segment_id));
    for (const c of rows) {
      const record = bySegment.get(c.segment_id);
      if (record) found.set(c, record);
    }
  }
  return found;
}
