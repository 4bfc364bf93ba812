import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../contract/result';
import type { SearchResults } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import type { SearchFilters } from '../route';
import { searchRequestOf } from './searchRequest';

/** Searching as you type waits for a pause this long, so a fast typist does not queue searches. */
const TYPING_PAUSE_MS = 120;

/** The results of the search in the address; only the latest search's answer is kept. */
export function useSearchResults(
  query: string,
  filters: SearchFilters,
  exact: boolean,
  offset: number,
  limit: number,
): { results: SearchResults | null; error: ApiError | null; resultsQuery: string | null; resultsOffset: number } {
  const api = useApi();
  const [results, setResults] = useState<SearchResults | null>(null);
  // While a newer search runs, the last results stay on the screen: this says which query they answer.
  const [resultsQuery, setResultsQuery] = useState<string | null>(null);
  const [resultsOffset, setResultsOffset] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      void api
        .search(searchRequestOf(query, filters, exact, offset, limit))
        .then((result) => {
          if (ticket !== latest.current) return; // a newer search has started
          if (result.ok) {
            setResults(result.value);
            setResultsQuery(query);
            setResultsOffset(offset);
            setError(null);
          } else setError(result.error);
        });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [api, query, filters, exact, offset, limit]);

  return { results, error, resultsQuery, resultsOffset };
}
