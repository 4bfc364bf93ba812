import { useTranslation } from 'react-i18next';
import { routeHash, TERMS_TABS, type TermsRoute } from '../route';
import { AuditPanel } from './AuditPanel';
import { CandidatesPanel } from './CandidatesPanel';
import { ConcordancePanel } from './ConcordancePanel';
import { TermbasePanel } from './TermbasePanel';
import './terminology.css';

/**
 * The terminology workbench (issue "Terminology workbench"): the termbase, the
 * bilingual concordance, the consistency audit and term candidates, one tab
 * each. Tabs are addresses (`#/terms/<tab>`), so Back, deep links and the
 * reader's "add as term" land on the right one.
 */
export function TerminologyView({ route }: { route: TermsRoute }) {
  const { t } = useTranslation();
  return (
    <div className="terms-view">
      <header className="terms-header">
        <h1>{t('terms.title')}</h1>
        <nav className="terms-tabs" aria-label={t('terms.tabsLabel')}>
          {TERMS_TABS.map((tab) => (
            <a key={tab} className="terms-tab" href={routeHash({ name: 'terms', tab })} aria-current={route.tab === tab ? 'page' : undefined} data-tab={tab}>
              {t(`terms.tab.${tab}`)}
            </a>
          ))}
        </nav>
      </header>
      {route.tab === 'termbase' && <TermbasePanel conceptId={route.conceptId ?? null} draft={route.draft ?? null} />}
      {route.tab === 'concordance' && <ConcordancePanel query={route.query ?? ''} />}
      {route.tab === 'audit' && <AuditPanel />}
      {route.tab === 'candidates' && <CandidatesPanel />}
    </div>
  );
}
