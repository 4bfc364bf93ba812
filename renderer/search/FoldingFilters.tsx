import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../contract/model';
import { NO_FILTERS, type SearchFilters } from '../route';
import { SearchFiltersPanel } from './SearchFiltersPanel';
import { useNarrowLayout } from './useNarrowLayout';

/** The filters beside the results; below 1024 px, folded behind a button that counts the active ones, so results show first. */
export function FoldingFilters(props: { query: string; filters: SearchFilters; exact: boolean; documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const narrow = useNarrowLayout();
  const [open, setOpen] = useState(false);
  const id = useId();
  const active = activeFilterCount(props.filters);
  return (
    <>
      {narrow && (
        <button type="button" className="button search-filters-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((was) => !was)}>
          {active > 0 ? t('search.filtersActive', { count: active }) : t('search.filtersButton')}
        </button>
      )}
      <SearchFiltersPanel id={id} hidden={narrow && !open} {...props} />
    </>
  );
}

/** How many filter choices differ from none. */
function activeFilterCount(filters: SearchFilters): number {
  return (
    (filters.language !== NO_FILTERS.language ? 1 : 0) +
    filters.documentIds.length +
    filters.types.length +
    (filters.dateFrom ? 1 : 0) +
    (filters.dateTo ? 1 : 0) +
    (filters.annotatedOnly ? 1 : 0) +
    (filters.origin ? 1 : 0)
  );
}
