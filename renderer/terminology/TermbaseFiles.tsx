import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept, TermbaseFileError, TermbaseImportReport } from '../../contract/terminology';
import { ErrorMessage } from '../components/ErrorMessage';
import { conceptLabel } from './conceptFilter';
import { useTermbaseFiles } from './useTermbaseFiles';

/**
 * The termbase as a file: exported as TBX or CSV, and a TBX or CSV file imported after a preview that writes
 * nothing (what it adds, which entries it replaces, what it leaves out); a refused file imports nothing and says why.
 */
export function TermbaseFiles({ concepts, onImported }: { concepts: Concept[]; onImported: () => void }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const { error, setError, refused, setRefused, pending, setPending, done, working, exportAs, preview, apply } = useTermbaseFiles(onImported);

  return (
    <div className="termbase-files">
      <div className="termbase-file-actions">
        <button type="button" className="button" data-export="tbx" onClick={() => void exportAs('tbx')}>
          {t('terms.termbase.files.exportTbx')}
        </button>
        <button type="button" className="button" data-export="csv" onClick={() => void exportAs('csv')}>
          {t('terms.termbase.files.exportCsv')}
        </button>
        <button type="button" className="button termbase-import" onClick={() => fileInput.current?.click()} disabled={working || pending !== null}>
          {working ? t('terms.termbase.files.reading') : t('terms.termbase.files.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".tbx,.xml,.csv"
          className="visually-hidden"
          data-testid="termbase-import-file"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void preview(file);
          }}
        />
      </div>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {refused && <RefusedFile error={refused} onDismiss={() => setRefused(null)} />}
      {pending && <ImportPreview report={pending.report} concepts={concepts} working={working} onImport={() => void apply(pending)} onCancel={() => setPending(null)} />}
      {done && (
        <p className="inline-notice termbase-import-report" role="status">
          {t('terms.termbase.files.imported', { file: done.fileName, added: done.added, replaced: done.replaced, unchanged: done.unchanged })}
        </p>
      )}
    </div>
  );
}

/** A file the import refused, its reason in the interface language, and where in the file when the reader knows. */
function RefusedFile({ error, onDismiss }: { error: TermbaseFileError; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { line, column, row } = error.params;
  const at =
    line !== undefined
      ? column !== undefined
        ? t('termbaseFile.at.lineColumn', { line, column })
        : t('termbaseFile.at.line', { line })
      : row !== undefined
        ? t('termbaseFile.at.row', { row })
        : null;
  return (
    <div className="error-message termbase-refused" role="alert" data-code={error.code}>
      <strong>{t('terms.termbase.files.refused')}</strong>
      <p>{t(`termbaseFile.error.${error.code}`, { ...error.params })}</p>
      {at && <p className="error-detail">{at}</p>}
      <button type="button" className="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}

interface ImportPreviewProps {
  report: TermbaseImportReport;
  concepts: Concept[];
  working: boolean;
  onImport: () => void;
  onCancel: () => void;
}

function ImportPreview({ report, concepts, working, onImport, onCancel }: ImportPreviewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const ignored = Object.entries(report.ignored);
  const writes = report.added + report.replaced;
  return (
    <section className="termbase-import-preview" aria-labelledby="termbase-import-title">
      <h2 id="termbase-import-title" ref={heading} tabIndex={-1}>
        {t('terms.termbase.files.previewTitle', { file: report.fileName })}
      </h2>
      <ul className="termbase-import-counts">
        <li>{t('terms.termbase.files.inFile', { count: report.concepts })}</li>
        <li data-count="added">{t('terms.termbase.files.toAdd', { count: report.added })}</li>
        <li data-count="replaced">{t('terms.termbase.files.toReplace', { count: report.replaced })}</li>
        <li data-count="unchanged">{t('terms.termbase.files.unchanged', { count: report.unchanged })}</li>
      </ul>
      {report.replacedIds.length > 0 && (
        <details className="termbase-import-replaced" open={report.replacedIds.length <= 10}>
          <summary>{t('terms.termbase.files.replacedList')}</summary>
          <ul>
            {report.replacedIds.map((id) => {
              const concept = byId.get(id);
              return <li key={id}>{concept ? `${conceptLabel(concept)} (${id})` : id}</li>;
            })}
          </ul>
        </details>
      )}
      {ignored.length > 0 && (
        <p className="muted">
          {t('terms.termbase.files.ignored')} {ignored.map(([name, count]) => t('terms.termbase.files.ignoredItem', { name, count })).join(t('terms.termbase.files.listSeparator'))}
        </p>
      )}
      <div className="termbase-import-actions">
        <button type="button" className="button button-primary" disabled={working || writes === 0} onClick={onImport}>
          {t('terms.termbase.files.confirm', { count: writes })}
        </button>
        <button type="button" className="button" disabled={working} onClick={onCancel}>
          {t('terms.termbase.files.cancel')}
        </button>
        {writes === 0 && <span className="muted">{t('terms.termbase.files.nothingToImport')}</span>}
      </div>
    </section>
  );
}
