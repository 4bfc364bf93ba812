import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_FORMATS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_FILES,
  type Annotation,
  type AnnotationFilter,
  type ExportFormat,
  type ImportFile,
  type ImportReport,
} from '../../contract/annotations';
import { asUiLanguage } from '../../contract/languages';
import type { ApiError } from '../../contract/result';
import { parseSegmentId } from '../../contract/segmentId';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { useCommands } from '../commands/CommandsProvider';
import { downloadFromHost } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';
import { navigate } from '../navigation';
import { AnnotationListPanel } from './AnnotationListPanel';
import { ImportPreview } from './ImportPreview';
import { UndoToast } from './UndoToast';
import { useAnnotationChanges } from './useAnnotations';
import { useUndoableDelete } from './useUndoableDelete';

/** Every annotation in the library, with export of what is listed and import of a colleague's file. */
export function AnnotationsView() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [documents] = useApiResult(() => api.listDocuments({}), [api]);
  const annotations = useAnnotationChanges();
  const undo = useUndoableDelete(annotations);
  const filter = useRef<AnnotationFilter>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [saved, setSaved] = useState<{ count: number; file: string } | null>(null);
  /** Files read and previewed, waiting for the user to import or cancel. */
  const [pending, setPending] = useState<{ files: ImportFile[]; report: ImportReport } | null>(null);
  const [working, setWorking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const onFilterChange = useCallback((f: AnnotationFilter) => (filter.current = f), []);

  const jump = (annotation: Annotation) => {
    const key = parseSegmentId(annotation.target.segmentId)?.key ?? null;
    navigate({ name: 'document', documentId: annotation.documentId, segmentKey: key, annotationId: annotation.id });
  };

  /** Written to the file as it is made (issue #14): Electron asks where and saves it; the browser downloads it from the host. */
  const exportAs = async (format: ExportFormat) => {
    setError(null);
    setSaved(null);
    const language = asUiLanguage(i18n.language);
    const result = await api.exportAnnotationsToFile({ format, language, filter: filter.current });
    if (!result.ok) return setError(result.error);
    const delivered = result.value;
    if (delivered.delivery === 'download') downloadFromHost(delivered.url, delivered.fileName);
    if (delivered.delivery === 'saved') setSaved({ count: delivered.count, file: delivered.fileName });
  };

  /** Reads the chosen files and previews their import; nothing is written until the user says Import. */
  const previewImport = async (chosen: File[]) => {
    setError(null);
    setReport(null);
    setPending(null);
    const bytes = chosen.reduce((sum, file) => sum + file.size, 0);
    if (chosen.length > IMPORT_MAX_FILES || bytes > IMPORT_MAX_BYTES) {
      return setError({ code: 'import-too-large', message: `${chosen.length} files, ${bytes} bytes` });
    }
    setWorking(true);
    const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, content: await file.text() })));
    const result = await api.importAnnotations({ files, mode: 'preview' });
    setWorking(false);
    if (!result.ok) return setError(result.error);
    setPending({ files, report: result.value });
  };

  const applyImport = async () => {
    if (!pending) return;
    setWorking(true);
    const result = await api.importAnnotations({ files: pending.files, mode: 'apply' });
    setWorking(false);
    setPending(null);
    if (!result.ok) return setError(result.error);
    setReport(result.value);
    annotations.refresh();
  };

  const canImport = () => !working && pending === null;
  useCommands({
    ...Object.fromEntries(EXPORT_FORMATS.map((format) => [`annotations.export.${format}`, { run: () => void exportAs(format) }])),
    'annotations.import': { run: () => fileInput.current?.click(), enabled: canImport },
  });

  return (
    <div className="annotations-view">
      <header className="annotations-header">
        <h1>{t('annotations.allTitle')}</h1>
        <div className="annotations-actions">
          <span className="muted">{t('annotations.exportLabel')}</span>
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" className="button" data-export={format} onClick={() => void exportAs(format)}>
              {t(`annotations.export.${format}`)}
            </button>
          ))}
          <span className="toolbar-divider" aria-hidden="true" />
          <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={working || pending !== null}>
            {working ? t('annotations.importing') : t('annotations.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            multiple
            className="visually-hidden"
            data-testid="import-file"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const chosen = [...(event.target.files ?? [])];
              event.target.value = '';
              if (chosen.length > 0) void previewImport(chosen);
            }}
          />
        </div>
      </header>
      <p className="muted annotations-intro">{t('annotations.allIntro')}</p>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {saved && (
        <p className="inline-notice export-saved" role="status">
          {t('annotations.exportSaved', saved)}
        </p>
      )}
      {pending && <ImportPreview report={pending.report} working={working} onImport={() => void applyImport()} onCancel={() => setPending(null)} />}
      {report && (
        <p className="inline-notice import-report" role="status">
          {t('annotations.importReport', {
            added: report.counts.added,
            updated: report.counts.updated,
            deleted: report.counts.deleted,
            unchanged: report.counts.duplicate + report.counts.older + report.counts['deletion-recorded'] + report.counts['edit-kept'],
          })}
          {report.counts.rejected > 0 && ` ${t('annotations.importRejected', { count: report.counts.rejected })}`}
          {report.counts.conflict > 0 && ` ${t('annotations.importConflicts', { count: report.counts.conflict })}`}
          {report.orphaned > 0 && ` ${t('annotations.importOrphaned', { count: report.orphaned })}`}
        </p>
      )}
      <AnnotationListPanel
        documents={documents.state === 'ready' ? documents.value : []}
        version={annotations.version}
        onJump={jump}
        onDelete={(annotation) => void undo.deleteWithUndo(annotation.id)}
        onResolve={(annotation, keep) => void annotations.resolveConflict(annotation.id, keep)}
        onReattach={jump}
        onFilterChange={onFilterChange}
      />
      {undo.pendingUndo && <UndoToast onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />}
      {annotations.error && <ErrorMessage error={annotations.error} onDismiss={annotations.clearError} />}
    </div>
  );
}
