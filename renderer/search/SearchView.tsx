import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import type { SearchFilters } from '../route';
import { FallbackNotice } from './FallbackNotice';
import { FoldingFilters } from './FoldingFilters';
import { SearchPager } from './SearchPager';
import { SearchResultsList } from './SearchResultsList';
import { SearchSelectionBar } from './SearchSelectionBar';
import { rememberSearchReturn, savedSearchReturn, type SearchReturn } from './searchReturn';
import { useNarrowLayout } from './useNarrowLayout';
import { useSearchResults } from './useSearchResults';
import { useSearchSelection } from './useSearchSelection';
import './searchSelection.css';

/** Results per page; every page can be reached (issue #12). */
const PAGE = 50;

export function SearchView({ query, filters, exact = false }: { query: string; filters: SearchFilters; exact?: boolean }) {
  const api = useApi();
  const { t } = useTranslation();
  const [documents] = useApiResult(() => api.listDocuments({}), [api]);
  // Back from a hit: the place saved in this history entry, restored once its results are shown.
  const returning = useRef(savedSearchReturn());
  const key = `${query}\n${JSON.stringify(filters)}\n${exact}`;
  const [paged, setPaged] = useState(() => ({ key, offset: returning.current?.offset ?? 0 }));
  const offset = paged.key === key ? paged.offset : 0;
  const { results, error, resultsQuery, resultsOffset } = useSearchResults(query, filters, exact, offset, PAGE);
  useRestoredPlace(results, returning);
  const pageAsked = useFirstHitFocusedOnNewPage(results, resultsOffset);
  const selection = useSearchSelection(query, filters, exact, key);
  const narrow = useNarrowLayout();

  const byId = useMemo(() => new Map((documents.state === 'ready' ? documents.value : []).map((d) => [d.id, d] as const)), [documents]);

  return (
    <div className="search-view" data-ready={results ? 'true' : 'false'} data-results-for={resultsQuery ?? undefined} data-page-offset={resultsOffset} data-layout={narrow ? 'narrow' : 'wide'}>
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
                <>
                  <SearchResultsList
                    results={results}
                    query={query}
                    documents={byId}
                    offset={resultsOffset}
                    onOpen={(segmentId, href) => rememberSearchReturn({ scrollY: window.scrollY, segmentId, offset: resultsOffset }, href)}
                    isSelected={(segmentId) => selection.selected.has(segmentId)}
                    onToggle={selection.toggle}
                  />
                  <SearchPager
                    offset={resultsOffset}
                    pageSize={PAGE}
                    shown={results.hits.length}
                    total={results.total}
                    totalIsCapped={results.totalIsCapped}
                    onGo={(to) => {
                      pageAsked.current = to;
                      setPaged({ key, offset: to });
                    }}
                  />
                  <SearchSelectionBar selection={selection} pageHits={results.hits} total={results.total} query={query} />
                </>
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

/** Another page asked for: once it is shown, the top of the results, with the focus on its first hit. */
function useFirstHitFocusedOnNewPage(results: SearchResults | null, offset: number): RefObject<number | null> {
  const pageAsked = useRef<number | null>(null);
  useEffect(() => {
    if (!results || pageAsked.current !== offset) return;
    pageAsked.current = null;
    document.querySelector<HTMLElement>('.search-hit a')?.focus({ preventScroll: true });
    document.querySelector('.search-results')?.scrollIntoView({ block: 'start' });
  }, [results, offset]);
  return pageAsked;
}
