import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../contract/result';
import type { SearchResults } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import type { SearchFilters } from '../route';

/** Searching as you type waits for a pause this long, so a fast typist does not queue searches. */
const TYPING_PAUSE_MS = 120;

/** The results of the search in the address; only the latest search's answer is kept. */
export function useSearchResults(
  query: string,
  filters: SearchFilters,
  exact: boolean,
  limit: number,
): { results: SearchResults | null; error: ApiError | null; resultsQuery: string | null } {
  const api = useApi();
  const [results, setResults] = useState<SearchResults | null>(null);
  // While a newer search runs, the last results stay on the screen: this says which query they answer.
  const [resultsQuery, setResultsQuery] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      void api
        .search({
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
          limit,
        })
        .then((result) => {
          if (ticket !== latest.current) return; // a newer search has started
          if (result.ok) {
            setResults(result.value);
            setResultsQuery(query);
            setError(null);
          } else setError(result.error);
        });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [api, query, filters, exact, limit]);

  return { results, error, resultsQuery };
}
