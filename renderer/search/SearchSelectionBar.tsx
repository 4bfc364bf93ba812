import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADD_QUOTES_MAX } from '../../contract/packs';
import type { SearchHit } from '../../contract/search';
import { AddToPackMenu } from '../packs/AddToPackMenu';
import { SearchExportDialog } from './SearchExportDialog';
import type { SearchSelection } from './useSearchSelection';

/**
 * Under the results while any are shown: select this page or every result,
 * how many are chosen, and what to do with them (add to a pack, export with
 * their citations).
 */
export function SearchSelectionBar({ selection, pageHits, total, query }: { selection: SearchSelection; pageHits: readonly SearchHit[]; total: number; query: string }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const count = selection.selected.size;
  const onPage = pageHits.filter((hit) => selection.selected.has(hit.segmentId)).length;
  const pageBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = onPage > 0 && onPage < pageHits.length;
  }, [onPage, pageHits.length]);
  const sources = () => [...selection.selected.values()];

  return (
    <div className="search-selection-bar" role="region" aria-label={t('searchSelection.label')} data-selected={count}>
      <label className="search-select-page">
        <input ref={pageBox} type="checkbox" checked={pageHits.length > 0 && onPage === pageHits.length} onChange={(event) => selection.setPage(pageHits, event.target.checked)} />
        <span>{t('searchSelection.page')}</span>
      </label>
      <button type="button" className="button button-quiet search-select-all" disabled={selection.gathering} onClick={() => void selection.selectAll(total)}>
        {total > ADD_QUOTES_MAX ? t('searchSelection.allCapped', { count: ADD_QUOTES_MAX }) : t('searchSelection.all', { count: total })}
      </button>
      <p className="search-selection-count" role="status">
        {selection.gathering ? t('searchSelection.gathering') : t('searchSelection.count', { count })}
        {selection.notice && <span className="search-selection-notice"> {t(`searchSelection.notice.${selection.notice}`, { count: ADD_QUOTES_MAX })}</span>}
      </p>
      <span className="search-selection-actions">
        {count > 0 && (
          <button type="button" className="button button-quiet" onClick={selection.clear}>
            {t('searchSelection.clear')}
          </button>
        )}
        <AddToPackMenu sources={sources} look="plain" disabled={count === 0} />
        <button type="button" className="button search-export-quotes" disabled={count === 0} onClick={() => setExporting(true)}>
          {t('searchSelection.export')}
        </button>
      </span>
      {exporting && <SearchExportDialog sources={sources()} query={query} onClose={() => setExporting(false)} />}
    </div>
  );
}
