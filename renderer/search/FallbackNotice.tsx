import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFallback } from '../../contract/search';
import { routeHash, type SearchFilters } from '../route';

/** A character no query or translation holds: where the query goes in a translated sentence. */
const SLOT = '\u{E000}';

/** A translated sentence with `node` in place of its {{query}}, so the query can be emphasised in any word order. */
function WithQuery({ text, node }: { text: string; node: ReactNode }) {
  const [before, after = ''] = text.split(SLOT);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/**
 * Says what a corrected search searched for ("Showing results for hospital")
 * and offers the words as typed ("Search instead for hosptial").
 */
export function FallbackNotice({ fallback, query, filters }: { fallback: SearchFallback; query: string; filters: SearchFilters }) {
  const { t } = useTranslation();
  return (
    <p className="search-fallback" data-fallback={fallback.kind}>
      <span className="search-fallback-searched" role="status">
        <WithQuery text={t('search.fallback.showing', { query: SLOT })} node={<strong>{fallback.query}</strong>} />
      </span>{' '}
      <a className="search-fallback-exact" href={routeHash({ name: 'search', query, filters, exact: true })}>
        <WithQuery text={t('search.fallback.instead', { query: SLOT })} node={<em>{query}</em>} />
      </a>
    </p>
  );
}
