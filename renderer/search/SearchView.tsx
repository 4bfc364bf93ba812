import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, type UiLanguage } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import type { SearchResults } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { inLanguage } from '../bilingual';
import { ErrorMessage } from '../components/ErrorMessage';
import { LangText } from '../components/LangText';
import type { ApiError } from '../../contract/result';
import type { SearchFilters } from '../route';
import { SearchFiltersPanel } from './SearchFiltersPanel';
import { SearchHitItem } from './SearchHitItem';

const PAGE = 50;
/** Searching as you type waits for a pause this long, so a fast typist does not queue searches. */
const TYPING_PAUSE_MS = 120;

export function SearchView({ query, filters }: { query: string; filters: SearchFilters }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const [documents] = useApiResult(() => api.listDocuments({}), [api]);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const latest = useRef(0);

  useEffect(() => setLimit(PAGE), [query, filters]);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      void api
        .search({
          query,
          prefix: !/\s$/.test(query),
          language: filters.language,
          documentIds: filters.documentIds,
          types: filters.types,
          ...(filters.dateFrom ? { dateFrom: filters.dateFrom } : {}),
          ...(filters.dateTo ? { dateTo: filters.dateTo } : {}),
          ...(filters.annotatedOnly ? { annotatedOnly: true } : {}),
          limit,
        })
        .then((result) => {
          if (ticket !== latest.current) return; // a newer search has started
          if (result.ok) {
            setResults(result.value);
            setError(null);
          } else setError(result.error);
        });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [api, query, filters, limit]);

  const byId = useMemo(
    () => new Map((documents.state === 'ready' ? documents.value : []).map((d) => [d.id, d] as const)),
    [documents],
  );

  // Hits grouped by document, the groups in the order of their best hit.
  const groups = useMemo(() => {
    const map = new Map<string, SearchResults['hits']>();
    for (const hit of results?.hits ?? []) map.set(hit.documentId, [...(map.get(hit.documentId) ?? []), hit]);
    return [...map];
  }, [results]);

  const count = results ? (results.totalIsCapped ? t('search.countCapped', { count: results.total }) : t('search.count', { count: results.total })) : null;

  return (
    <div className="search-view" data-ready={results ? 'true' : 'false'}>
      <SearchFiltersPanel query={query} filters={filters} documents={documents.state === 'ready' ? documents.value : []} />
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
        ) : results && results.total === 0 ? (
          <p className="empty-state" data-empty="true">
            {t('search.none', { query })}
          </p>
        ) : (
          results && (
            <>
              <p className="search-count" role="status">
                {count} {t('search.inDocuments', { count: results.documents.length })}
              </p>
              {groups.map(([documentId, hits]) => (
                <section key={documentId} className="search-group" data-document-id={documentId}>
                  <h2 className="search-group-title">
                    <DocumentTitle doc={byId.get(documentId)} fallback={documentId} ui={ui} />
                    <span className="search-group-count">
                      {t('search.groupCount', { count: results.documents.find((d) => d.documentId === documentId)?.count ?? hits.length })}
                    </span>
                  </h2>
                  <ol className="search-hits">
                    {hits.map((hit) => (
                      <SearchHitItem key={hit.segmentId} hit={hit} query={query} />
                    ))}
                  </ol>
                </section>
              ))}
              {results.hits.length < Math.min(results.total, 1000) && results.hits.length >= limit && (
                <button type="button" className="button" onClick={() => setLimit((n) => Math.min(n + PAGE, 100))} disabled={limit >= 100}>
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

function DocumentTitle({ doc, fallback, ui }: { doc: DocumentSummary | undefined; fallback: string; ui: UiLanguage }) {
  const title = doc ? inLanguage(doc.title, ui) : null;
  return title ? <LangText value={title} /> : <span>{fallback}</span>;
}
