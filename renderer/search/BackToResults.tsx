import { useTranslation } from 'react-i18next';
import { NO_FILTERS, routeHash } from '../route';
import { searchOpenedFrom } from './searchReturn';

/**
 * In the reader opened from a search: back to those results. When the search
 * is the previous history entry it goes back to it (the same place, the same
 * hit focused); otherwise (a reload, a deep link) it searches again.
 */
export function BackToResults({ query }: { query: string }) {
  const { t } = useTranslation();
  const from = searchOpenedFrom(window.location.hash);
  return (
    <a
      className="button button-quiet back-to-results"
      href={from ?? routeHash({ name: 'search', query, filters: NO_FILTERS })}
      onClick={(event) => {
        if (!from) return;
        event.preventDefault();
        window.history.back();
      }}
    >
      {t('search.backToResults')}
    </a>
  );
}
