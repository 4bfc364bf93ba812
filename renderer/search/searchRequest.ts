import type { SearchRequest } from '../../contract/search';
import type { SearchFilters } from '../route';

/** The request for the search in the address: a page of it, or (for "select all") any stretch of its results. */
export function searchRequestOf(query: string, filters: SearchFilters, exact: boolean, offset: number, limit: number): SearchRequest {
  return {
    query,
    // The exact search looks for the words as typed, whole: no completion and no correction.
    prefix: !exact && !/\s$/.test(query),
    ...(exact ? { exact: true } : {}),
    language: filters.language,
    documentIds: filters.documentIds,
    types: filters.types,
    ...(filters.dateFrom ? { dateFrom: filters.dateFrom } : {}),
    ...(filters.dateTo ? { dateTo: filters.dateTo } : {}),
    ...(filters.annotatedOnly ? { annotatedOnly: true } : {}),
    ...(filters.origin ? { origin: filters.origin } : {}),
    ...(offset > 0 ? { offset } : {}),
    limit,
  };
}
