import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorReasonText } from '../components/ErrorReasonText';
import { IMPORT_OUTCOMES, type ImportFileReport, type ImportRecordReport, type ImportReport } from '../../contract/annotations';

/** Rows shown per file; a file of thousands of records is summed up by its counts above. */
const ROWS_SHOWN = 200;

/**
 * What importing the chosen files would do, record by record and file by file,
 * before anything is written: the user imports or cancels.
 */
export function ImportPreview({ report, working, onImport, onCancel }: { report: ImportReport; working: boolean; onImport: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" ref={heading} tabIndex={-1}>
        {t('annotations.importPreview.title', { count: report.files.length })}
      </h2>
      <OutcomeCounts counts={report.counts} refusedFiles={report.files.filter((f) => f.error !== null).length} />
      {report.files.map((file, i) => (
        <FilePreview key={i} file={file} />
      ))}
      <div className="import-preview-actions">
        <button type="button" className="button button-primary" disabled={working || report.writes === 0} onClick={onImport}>
          {t('annotations.importPreview.import', { count: report.writes })}
        </button>
        <button type="button" className="button" disabled={working} onClick={onCancel}>
          {t('annotations.importPreview.cancel')}
        </button>
        {report.writes === 0 && <span className="muted">{t('annotations.importPreview.nothingToImport')}</span>}
      </div>
    </section>
  );
}

function OutcomeCounts({ counts, refusedFiles }: { counts: ImportReport['counts']; refusedFiles: number }) {
  const { t } = useTranslation();
  return (
    <ul className="import-outcome-counts">
      {IMPORT_OUTCOMES.filter((outcome) => counts[outcome] > 0).map((outcome) => (
        <li key={outcome} className="import-outcome" data-outcome={outcome}>
          {t('annotations.importPreview.outcomeCount', { outcome: t(`annotations.importOutcome.${outcome}`), count: counts[outcome] })}
        </li>
      ))}
      {refusedFiles > 0 && (
        <li className="import-outcome" data-outcome="rejected">
          {t('annotations.importPreview.filesRefused', { count: refusedFiles })}
        </li>
      )}
    </ul>
  );
}

function FilePreview({ file }: { file: ImportFileReport }) {
  const { t } = useTranslation();
  const hidden = file.records.length - ROWS_SHOWN;
  return (
    <div className="import-file" data-file={file.name}>
      <h3>
        <span className="import-file-name">{file.name}</span>{' '}
        {!file.error && <span className="muted">{t('annotations.importPreview.records', { count: file.records.length })}</span>}
      </h3>
      {file.error ? (
        <div className="import-file-error">
          <p>{t(`annotations.importFileError.${file.error.code}`)}</p>
          {file.error.details && <ErrorReasonText details={file.error.details} />}
        </div>
      ) : (
        <table className="import-records">
          <thead>
            <tr>
              <th scope="col">{t('annotations.importPreview.record')}</th>
              <th scope="col">{t('annotations.importPreview.quote')}</th>
              <th scope="col">{t('annotations.importPreview.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {file.records.slice(0, ROWS_SHOWN).map((record) => (
              <RecordRow key={record.index} record={record} />
            ))}
          </tbody>
        </table>
      )}
      {hidden > 0 && <p className="muted">{t('annotations.importPreview.moreRecords', { count: hidden })}</p>}
    </div>
  );
}

function RecordRow({ record }: { record: ImportRecordReport }) {
  const { t } = useTranslation();
  return (
    <tr data-outcome={record.outcome}>
      <td className="import-record-index">
        {t('annotations.importPreview.recordNumber', { number: record.index + 1 })}
        {record.id && <code title={record.id}>{record.id.slice(0, 8)}</code>}
      </td>
      <td className="import-record-quote">{record.quote ? `“${record.quote}”` : '—'}</td>
      <td>
        <span className="import-outcome" data-outcome={record.outcome}>
          {t(`annotations.importOutcome.${record.outcome}`)}
        </span>
        {record.deletion && record.outcome !== 'rejected' && <span className="import-record-hint">{t('annotations.importPreview.isDeletion')}</span>}
        {record.rejection && (
          <span className="import-record-reason">
            {t(`annotations.importRejection.${record.rejection.reason}`, { field: record.rejection.field || '—' })}
          </span>
        )}
        {record.orphaned && <span className="import-record-hint">{t('annotations.importPreview.orphaned')}</span>}
        {record.repaired && <span className="import-record-hint">{t('annotations.importPreview.repaired')}</span>}
      </td>
    </tr>
  );
}
