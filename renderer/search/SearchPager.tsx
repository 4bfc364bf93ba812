import { useTranslation } from 'react-i18next';

/**
 * Pages of results: Previous / Next and where the user is. When the count
 * stopped at its cap, the last page is not known yet: Next stays while a page comes back full.
 */
export function SearchPager(props: { offset: number; pageSize: number; shown: number; total: number; totalIsCapped: boolean; onGo(offset: number): void }) {
  const { offset, pageSize, shown, total, totalIsCapped, onGo } = props;
  const { t } = useTranslation();
  const page = Math.floor(offset / pageSize) + 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = totalIsCapped ? shown === pageSize : offset + shown < total;
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="search-pager" aria-label={t('search.pages')}>
      <button type="button" className="button search-page-previous" disabled={page === 1} onClick={() => onGo(Math.max(0, offset - pageSize))}>
        {t('search.previousPage')}
      </button>
      <span className="search-page-at" aria-current="page">
        {totalIsCapped ? t('search.pageOfMany', { page }) : t('search.pageOf', { page, pages })}
      </span>
      <button type="button" className="button search-page-next" disabled={!hasNext} onClick={() => onGo(offset + pageSize)}>
        {t('search.nextPage')}
      </button>
    </nav>
  );
}
