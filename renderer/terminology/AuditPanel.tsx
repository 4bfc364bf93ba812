import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import { TEXT_ORIGINS, type TextOrigin } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { AUDIT_FINDING_KINDS, type AuditFinding, type FindingMark } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { downloadExportFile } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';
import { LangText } from '../components/LangText';
import { routeHash } from '../route';
import { AuditFindingItem } from './AuditFindingItem';
import { useDocumentTitles } from './documentTitles';
import { useConceptLabels } from './conceptLabels';
import './audit.css';

type AuditScope = { documentIds?: string[]; origin?: TextOrigin };
/**
 * The scope of the last audit run in this window: coming back to the tab (Back from a place in the reader) runs it
 * again, so the report is there, fresh, with the marks as they are now.
 */
let lastScope: AuditScope | null = null;

type AuditRun = { status: 'idle' } | { status: 'running' } | { status: 'failed'; error: ApiError } | { status: 'done'; findings: AuditFinding[] };

/**
 * The consistency audit: for each termbase concept, where the Chinese term has no accepted rendering beside it, where
 * a superseded or forbidden one is used, and where one rendering is written in several forms. Findings can be
 * accepted as they are, with a note that is kept across runs.
 */
export function AuditPanel() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const titles = useDocumentTitles();
  const concepts = useConceptLabels();
  const [documentId, setDocumentId] = useState(lastScope?.documentIds?.[0] ?? '');
  const [origin, setOrigin] = useState<TextOrigin | ''>(lastScope?.origin ?? '');
  const [run, setRun] = useState<AuditRun>({ status: 'idle' });
  const [hideAccepted, setHideAccepted] = useState(false);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const scope: AuditScope = { ...(documentId ? { documentIds: [documentId] } : {}), ...(origin ? { origin } : {}) };

  const start = async (chosen: AuditScope = scope) => {
    lastScope = chosen;
    setRun({ status: 'running' });
    const result = await api.runTermAudit(chosen);
    setRun(result.ok ? { status: 'done', findings: result.value } : { status: 'failed', error: result.error });
  };
  useEffect(() => {
    if (lastScope) void start(lastScope);
    // Once, on coming back to the tab.
  }, []);
  const exportAs = async (format: 'csv' | 'markdown') => {
    setExportError(null);
    const result = await api.exportTermAudit({ scope, format, language: asUiLanguage(i18n.language) });
    if (!result.ok) return setExportError(result.error);
    downloadExportFile(result.value);
  };
  const marked = (findingId: string, mark: FindingMark | null) =>
    setRun((current) => (current.status === 'done' ? { status: 'done', findings: current.findings.map((f) => (f.id === findingId ? { ...f, mark } : f)) } : current));

  const findings = run.status === 'done' ? run.findings : [];
  const byConcept = useMemo(() => {
    const groups = new Map<string, AuditFinding[]>();
    for (const finding of findings) if (!hideAccepted || !finding.mark) groups.set(finding.conceptId, [...(groups.get(finding.conceptId) ?? []), finding]);
    return [...groups];
  }, [findings, hideAccepted]);

  return (
    <section className="terms-panel audit" data-panel="audit" data-state={run.status} aria-busy={run.status === 'running'}>
      <p className="muted audit-intro">{t('terms.audit.intro')}</p>
      <div className="audit-controls">
        <label>
          {t('terms.audit.documentLabel')}
          <select value={documentId} onChange={(e) => setDocumentId(e.target.value)} data-control="document">
            <option value="">{t('terms.audit.allDocuments')}</option>
            {titles.documents.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {titles.of(doc.id)?.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('terms.audit.originLabel')}
          <select value={origin} onChange={(e) => setOrigin(e.target.value as TextOrigin | '')} data-control="origin">
            <option value="">{t('terms.audit.originAny')}</option>
            {TEXT_ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`terms.audit.origin.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button audit-run" onClick={() => void start()} disabled={run.status === 'running'}>
          {run.status === 'running' ? t('terms.audit.running') : t('terms.audit.run')}
        </button>
      </div>
      {run.status === 'idle' && <p className="empty-state audit-empty">{t('terms.audit.notRun')}</p>}
      {run.status === 'running' && (
        <p className="muted" role="status">
          {t('terms.audit.running')}
        </p>
      )}
      {run.status === 'failed' && <ErrorMessage error={run.error} onRetry={() => void start()} />}
      {run.status === 'done' && (
        <>
          <AuditSummary findings={findings} />
          <div className="audit-toolbar">
            <label>
              <input type="checkbox" checked={hideAccepted} onChange={(e) => setHideAccepted(e.target.checked)} data-control="hide-accepted" />
              {t('terms.audit.hideAccepted')}
            </label>
            <span className="audit-export">
              <button type="button" className="button" data-export="csv" onClick={() => void exportAs('csv')}>
                {t('terms.audit.exportCsv')}
              </button>
              <button type="button" className="button" data-export="markdown" onClick={() => void exportAs('markdown')}>
                {t('terms.audit.exportMarkdown')}
              </button>
            </span>
          </div>
          {exportError && <ErrorMessage error={exportError} onDismiss={() => setExportError(null)} />}
          {findings.length === 0 && <p className="empty-state audit-empty">{t('terms.audit.clean')}</p>}
          <ul className="audit-concepts">
            {byConcept.map(([conceptId, list]) => (
              <li key={conceptId} className="audit-concept" data-concept-id={conceptId}>
                <h2 className="audit-concept-heading">
                  <a href={routeHash({ name: 'terms', tab: 'termbase', conceptId })}>
                    <LangText value={concepts.zhOf(conceptId)} />
                    {concepts.enOf(conceptId) && ' · '}
                    <LangText value={concepts.enOf(conceptId)} />
                  </a>
                </h2>
                <ul className="audit-findings">
                  {list.map((finding) => (
                    <AuditFindingItem
                      key={finding.id}
                      finding={finding}
                      term={finding.termId ? concepts.term(finding.termId) : null}
                      titles={titles}
                      onMarked={(mark) => marked(finding.id, mark)}
                    />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AuditSummary({ findings }: { findings: AuditFinding[] }) {
  const { t } = useTranslation();
  const accepted = findings.filter((f) => f.mark).length;
  return (
    <div className="audit-summary" role="status">
      <p className="audit-total">{t('terms.audit.total', { count: findings.length })}</p>
      <ul>
        {AUDIT_FINDING_KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            {t('terms.audit.kindCount', { kind: t(`terms.audit.kind.${kind}`), count: findings.filter((f) => f.kind === kind).length })}
          </li>
        ))}
        <li data-kind="accepted">{t('terms.audit.acceptedCount', { count: accepted })}</li>
      </ul>
    </div>
  );
}
