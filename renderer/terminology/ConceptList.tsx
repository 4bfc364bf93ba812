import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANG_ATTRIBUTE } from '../bilingual';
import { TERM_STATUSES, type Concept, type TermDomain } from '../../contract/terminology';
import { routeHash } from '../route';
import { headTerm, NO_DOMAIN, type ConceptFilter } from './conceptFilter';
import { StatusBadge } from './StatusBadge';

/** Rows rendered at first, and added each time the end of the list scrolls into view: a thousand concepts open at once. */
const PAGE = 100;

interface ConceptListProps {
  concepts: Concept[];
  total: number;
  filter: ConceptFilter;
  onFilterChange: (filter: ConceptFilter) => void;
  domains: TermDomain[];
  domainName: (id: string | null) => string;
  selectedId: string | null;
}

/** The termbase's concepts, filtered by a term, a status present, a domain and their origin, with the count. */
export function ConceptList({ concepts, total, filter, onFilterChange, domains, domainName, selectedId }: ConceptListProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const end = useRef<HTMLLIElement>(null);
  const rows = useRef<HTMLUListElement>(null);
  // A concept opened by a link (or Back) is shown in the list too.
  useEffect(() => {
    if (selectedId) rows.current?.querySelector(`[data-concept-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  useEffect(() => setShown(PAGE), [filter]);
  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setShown((count) => count + PAGE);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [shown, concepts]);
  // The selected concept is always rendered, so a deep link to one far down the list shows it.
  const selectedIndex = selectedId ? concepts.findIndex((c) => c.id === selectedId) : -1;
  const visible = concepts.slice(0, Math.max(shown, selectedIndex + 1));

  return (
    <section className="concept-list" aria-labelledby="concept-list-heading">
      <h2 id="concept-list-heading" className="visually-hidden">
        {t('terms.termbase.list.heading')}
      </h2>
      <ListFilters filter={filter} onFilterChange={onFilterChange} domains={domains} domainName={domainName} />
      <p className="concept-count muted" role="status">
        {filter.text || filter.status || filter.domain || filter.origin
          ? t('terms.termbase.list.countFiltered', { count: concepts.length, total })
          : t('terms.termbase.list.count', { count: total })}
      </p>
      {concepts.length === 0 ? (
        <p className="concept-list-empty">{t('terms.termbase.list.empty')}</p>
      ) : (
        <ul className="concept-rows" ref={rows}>
          {visible.map((concept) => (
            <ConceptRow key={concept.id} concept={concept} selected={concept.id === selectedId} domain={domainName(concept.domain)} />
          ))}
          {visible.length < concepts.length && <li ref={end} className="concept-rows-more" aria-hidden="true" />}
        </ul>
      )}
    </section>
  );
}

function ListFilters({ filter, onFilterChange, domains, domainName }: Pick<ConceptListProps, 'filter' | 'onFilterChange' | 'domains' | 'domainName'>) {
  const { t } = useTranslation();
  const set = (change: Partial<ConceptFilter>) => onFilterChange({ ...filter, ...change });
  return (
    <div className="concept-filters">
      <label className="concept-filter-text">
        <span>{t('terms.termbase.list.filter')}</span>
        <input type="search" value={filter.text} placeholder={t('terms.termbase.list.filterPlaceholder')} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <label>
        <span>{t('terms.termbase.list.status')}</span>
        <select value={filter.status} onChange={(e) => set({ status: e.target.value as ConceptFilter['status'] })}>
          <option value="">{t('terms.termbase.list.anyStatus')}</option>
          {TERM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`terms.termbase.list.hasStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('terms.termbase.list.domain')}</span>
        <select value={filter.domain} onChange={(e) => set({ domain: e.target.value })}>
          <option value="">{t('terms.termbase.list.anyDomain')}</option>
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domainName(domain.id)}
            </option>
          ))}
          <option value={NO_DOMAIN}>{t('terms.termbase.noDomain')}</option>
        </select>
      </label>
      <label>
        <span>{t('terms.termbase.list.origin')}</span>
        <select value={filter.origin} onChange={(e) => set({ origin: e.target.value as ConceptFilter['origin'] })}>
          <option value="">{t('terms.termbase.list.anyOrigin')}</option>
          <option value="starter">{t('terms.termbase.origin.starter')}</option>
          <option value="user">{t('terms.termbase.origin.user')}</option>
        </select>
      </label>
    </div>
  );
}

/** One concept: its preferred Chinese and English, its other terms with their status, its domain and origin. */
const ConceptRow = memo(function ConceptRow({ concept, selected, domain }: { concept: Concept; selected: boolean; domain: string }) {
  const { t } = useTranslation();
  const zh = headTerm(concept, 'zh');
  const en = headTerm(concept, 'en');
  const others = concept.terms.filter((term) => term !== zh && term !== en);
  return (
    <li className="concept-row" data-concept-id={concept.id}>
      <a href={routeHash({ name: 'terms', tab: 'termbase', conceptId: concept.id })} aria-current={selected ? 'true' : undefined}>
        <span className="concept-row-head">
          {zh && (
            <span className="concept-row-zh" lang={LANG_ATTRIBUTE.zh}>
              {zh.text}
            </span>
          )}
          {en && (
            <span className="concept-row-en" lang={LANG_ATTRIBUTE.en}>
              {en.text}
            </span>
          )}
          {[zh, en].map((term) => term && term.status !== 'preferred' && <StatusBadge key={term.id} status={term.status} />)}
        </span>
        {others.length > 0 && (
          <span className="concept-row-others">
            {others.map((term) => (
              <span key={term.id} className="concept-row-term">
                <span lang={LANG_ATTRIBUTE[term.language]}>{term.text}</span> <StatusBadge status={term.status} />
              </span>
            ))}
          </span>
        )}
        <span className="concept-row-meta">
          <span>{domain}</span>
          <span className="concept-origin" data-origin={concept.origin}>
            {t(`terms.termbase.origin.${concept.origin}`)}
          </span>
        </span>
      </a>
    </li>
  );
});
