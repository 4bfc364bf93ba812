import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { ApiError } from '../../contract/result';
import type { ConcordanceSort } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { downloadExportFile } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';
import { navigate } from '../navigation';
import { ConcordanceFilters, RenderingGroups } from './ConcordanceFilters';
import { ConcordanceLines } from './ConcordanceLines';
import { useDocumentTitles } from './documentTitles';
import { renderingKey, useConcordance, type ConcordanceScope } from './useConcordance';
import './concordance.css';

/** Lines shown at first and added by each "Show more". */
const SHOWN_STEP = 100;
/** Typing settles for this long before the concordance is asked. */
const TYPING_PAUSE_MS = 250;

/**
 * The bilingual concordance: every occurrence of a term or phrase, in either language, as a keyword-in-context line
 * with its aligned sentence, grouped by rendering. The query lives in the address (`#/terms/concordance?q=…`).
 */
export function ConcordancePanel({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const inputId = useId();
  const titles = useDocumentTitles();
  const [typed, setTyped] = useState(query);
  const [settled, setSettled] = useState(query);
  const [filters, setFilters] = useState<Omit<ConcordanceScope, 'query'>>({});
  const [sort, setSort] = useState<ConcordanceSort>('document');
  const [chosen, setChosen] = useState<string | null>(null);
  const [shown, setShown] = useState(SHOWN_STEP);
  const [exportError, setExportError] = useState<ApiError | null>(null);

  // The address changes from outside too (Back, a link): the box follows it.
  useEffect(() => setTyped((current) => (current.trim() === query.trim() ? current : query)), [query]);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const scope: ConcordanceScope = { query: settled, ...filters };
  const { state, loadMore, complete } = useConcordance(scope, sort);
  useEffect(() => {
    setChosen(null);
    setShown(SHOWN_STEP);
  }, [settled, filters]);

  const lines = useMemo(
    () => (state.status !== 'ready' || chosen === null ? (state.status === 'ready' ? state.lines : []) : state.lines.filter((l) => renderingKey(l.rendering) === chosen)),
    [state, chosen],
  );
  const expected = state.status !== 'ready' ? 0 : chosen === null ? state.total : (state.groups.find((g) => renderingKey(g.rendering) === chosen)?.count ?? 0);

  const showMore = () => {
    setShown((n) => n + SHOWN_STEP);
    if (lines.length < shown + SHOWN_STEP && !complete) loadMore();
  };

  const exportAs = async (format: 'csv' | 'markdown') => {
    setExportError(null);
    const result = await api.exportConcordance({ ...scope, query: settled.trim(), sort, format, language: asUiLanguage(i18n.language) });
    if (!result.ok) return setExportError(result.error);
    downloadExportFile(result.value);
  };

  const ready = state.status === 'ready' || state.status === 'idle' || state.status === 'failed';
  return (
    <section className="terms-panel concordance" data-panel="concordance" data-ready={ready && settled === query} data-results-for={settled}>
      <div className="concordance-query">
        <label htmlFor={inputId}>{t('terms.concordance.queryLabel')}</label>
        <input
          id={inputId}
          type="search"
          value={typed}
          placeholder={t('terms.concordance.placeholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setTyped(event.target.value);
            navigate({ name: 'terms', tab: 'concordance', query: event.target.value }, { replace: true });
          }}
        />
      </div>
      <ConcordanceFilters scope={scope} sort={sort} titles={titles} onScope={(patch) => setFilters((f) => ({ ...f, ...patch }))} onSort={setSort} />
      {state.status === 'idle' && <p className="empty-state concordance-empty">{t('terms.concordance.noQuery')}</p>}
      {state.status === 'loading' && (
        <p className="concordance-busy muted" role="status">
          {t('terms.concordance.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && state.total === 0 && (
        <p className="empty-state concordance-empty" role="status">
          {t('terms.concordance.nothingFound', { query: settled.trim() })}
        </p>
      )}
      {state.status === 'ready' && state.total > 0 && (
        <>
          <div className="concordance-summary">
            <p className="concordance-total" role="status">
              {t('terms.concordance.total', { count: state.total })}
            </p>
            <div className="concordance-export">
              <button type="button" className="button" data-export="csv" onClick={() => void exportAs('csv')}>
                {t('terms.concordance.exportCsv')}
              </button>
              <button type="button" className="button" data-export="markdown" onClick={() => void exportAs('markdown')}>
                {t('terms.concordance.exportMarkdown')}
              </button>
            </div>
          </div>
          {exportError && <ErrorMessage error={exportError} onDismiss={() => setExportError(null)} />}
          <RenderingGroups groups={state.groups} chosen={chosen} onChoose={setChosen} />
          {chosen !== null && !complete && <p className="muted">{t('terms.concordance.filteringLoaded', { count: state.lines.length })}</p>}
          <ConcordanceLines lines={lines.slice(0, shown)} query={settled.trim()} titles={titles} busy={state.resorting} />
          <p className="concordance-shown muted">{t('terms.concordance.shown', { shown: Math.min(shown, lines.length), count: expected })}</p>
          {(lines.length > shown || (!complete && lines.length < expected)) && (
            <button type="button" className="button concordance-more" onClick={showMore} disabled={state.loadingMore}>
              {state.loadingMore ? t('terms.concordance.loading') : t('terms.concordance.showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
