import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import type { SearchFilters } from '../route';
import { FallbackNotice } from './FallbackNotice';
import { FoldingFilters } from './FoldingFilters';
import { SearchResultsList } from './SearchResultsList';
import { rememberSearchReturn, savedSearchReturn, type SearchReturn } from './searchReturn';
import { useNarrowLayout } from './useNarrowLayout';
import { useSearchResults } from './useSearchResults';

const PAGE = 50;
const MAX_SHOWN = 100;

export function SearchView({ query, filters, exact = false }: { query: string; filters: SearchFilters; exact?: boolean }) {
  const api = useApi();
  const { t } = useTranslation();
  const [documents] = useApiResult(() => api.listDocuments({}), [api]);
  // Back from a hit: the place saved in this history entry, restored once its results are shown.
  const returning = useRef(savedSearchReturn());
  const key = `${query}\n${JSON.stringify(filters)}\n${exact}`;
  const [shown, setShown] = useState(() => ({ key, limit: returning.current?.limit ?? PAGE }));
  const limit = shown.key === key ? shown.limit : PAGE;
  const { results, error, resultsQuery } = useSearchResults(query, filters, exact, limit);
  useRestoredPlace(results, returning);
  const narrow = useNarrowLayout();

  const byId = useMemo(() => new Map((documents.state === 'ready' ? documents.value : []).map((d) => [d.id, d] as const)), [documents]);

  return (
    <div className="search-view" data-ready={results ? 'true' : 'false'} data-results-for={resultsQuery ?? undefined} data-layout={narrow ? 'narrow' : 'wide'}>
      <FoldingFilters query={query} filters={filters} exact={exact} documents={documents.state === 'ready' ? documents.value : []} />
      <section className="search-results" aria-labelledby="search-heading" aria-busy={!results}>
        <h1 id="search-heading" className="visually-hidden">
          {t('search.heading')}
        </h1>
        {error && <ErrorMessage error={error} />}
        {query.trim() === '' ? (
          <p className="empty-state">{t('search.start')}</p>
        ) : results?.notice ? (
          <p className="empty-state" data-notice={results.notice}>
            {t(`search.notice.${results.notice}`)}
          </p>
        ) : (
          results && (
            <>
              {results.fallback && <FallbackNotice fallback={results.fallback} query={query} filters={filters} />}
              {results.total === 0 ? (
                <p className="empty-state" data-empty="true">
                  {t('search.none', { query })}
                </p>
              ) : (
                <SearchResultsList
                  results={results}
                  query={query}
                  documents={byId}
                  onOpen={(segmentId, href) => rememberSearchReturn({ scrollY: window.scrollY, segmentId, limit }, href)}
                />
              )}
              {results.hits.length < Math.min(results.total, 1000) && results.hits.length >= limit && (
                <button type="button" className="button" onClick={() => setShown({ key, limit: Math.min(limit + PAGE, MAX_SHOWN) })} disabled={limit >= MAX_SHOWN}>
                  {t('search.more')}
                </button>
              )}
            </>
          )
        )}
      </section>
    </div>
  );
}

/** Once the results are shown again, the saved place: the same scroll position and the same hit focused. */
function useRestoredPlace(results: SearchResults | null, returning: RefObject<SearchReturn | null>): void {
  useEffect(() => {
    const place = returning.current;
    if (!place || !results) return;
    returning.current = null;
    document.querySelector<HTMLElement>(`.search-hit[data-segment-id="${CSS.escape(place.segmentId)}"] a`)?.focus({ preventScroll: true });
    window.scrollTo({ top: place.scrollY });
  }, [results, returning]);
}
