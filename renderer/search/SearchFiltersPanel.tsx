import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import { DOCUMENT_TYPES, TEXT_ORIGINS, type DocumentSummary } from '../../contract/model';
import { SEARCH_LANGUAGES } from '../../contract/search';
import { inLanguage } from '../bilingual';
import { LangText } from '../components/LangText';
import { navigate } from '../navigation';
import { NO_FILTERS, type SearchFilters } from '../route';

/** Filters of a search: language of the match, its provenance, documents, types and a date range; kept in the address. */
export function SearchFiltersPanel(props: { id: string; hidden: boolean; query: string; filters: SearchFilters; exact: boolean; documents: DocumentSummary[] }) {
  const { query, filters, exact, documents } = props;
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const id = useId();
  const set = (patch: Partial<SearchFilters>) =>
    navigate({ name: 'search', query, filters: { ...filters, ...patch }, ...(exact ? { exact: true as const } : {}) }, { replace: true });
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <aside id={props.id} className="search-filters" aria-label={t('search.filters')} hidden={props.hidden}>
      <fieldset>
        <legend>{t('search.language')}</legend>
        {SEARCH_LANGUAGES.map((language) => (
          <label key={language}>
            <input type="radio" name={`${id}-language`} checked={filters.language === language} onChange={() => set({ language })} />
            {t(`search.languages.${language}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-origin">
        <legend>{t('search.origin')}</legend>
        {[null, ...TEXT_ORIGINS].map((origin) => (
          <label key={origin ?? 'any'}>
            <input type="radio" name={`${id}-origin`} checked={filters.origin === origin} onChange={() => set({ origin })} />
            {t(`search.origins.${origin ?? 'any'}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('search.documents')}</legend>
        {documents.map((doc) => (
          <label key={doc.id} className="filter-document">
            <input
              type="checkbox"
              checked={filters.documentIds.includes(doc.id)}
              onChange={() => set({ documentIds: toggle(filters.documentIds, doc.id) })}
            />
            <LangText value={inLanguage(doc.title, ui)} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('search.types')}</legend>
        {DOCUMENT_TYPES.map((type) => (
          <label key={type}>
            <input type="checkbox" checked={filters.types.includes(type)} onChange={() => set({ types: toggle(filters.types, type) })} />
            {t(`documentType.${type}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-dates">
        <legend>{t('search.dates')}</legend>
        <label>
          {t('search.dateFrom')}
          <input type="date" value={filters.dateFrom ?? ''} onChange={(e) => set({ dateFrom: e.target.value || null })} />
        </label>
        <label>
          {t('search.dateTo')}
          <input type="date" value={filters.dateTo ?? ''} onChange={(e) => set({ dateTo: e.target.value || null })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('search.annotations')}</legend>
        <label>
          <input type="checkbox" checked={filters.annotatedOnly} onChange={(e) => set({ annotatedOnly: e.target.checked })} />
          {t('search.annotatedOnly')}
        </label>
      </fieldset>
      {active && (
        <button type="button" className="button button-quiet" onClick={() => set(NO_FILTERS)}>
          {t('search.clearFilters')}
        </button>
      )}
    </aside>
  );
}
