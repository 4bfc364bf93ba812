import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMetadata } from '../../contract/documents';
import type { ImportPreview } from '../../contract/imports';
import type { DocumentSummary } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { asUiLanguage, TEXT_LANGUAGES, type TextLanguage } from '../../contract/languages';
import { inLanguage } from '../bilingual';
import { ModalDialog } from '../commands/ModalDialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { EncodingRetry } from './EncodingRetry';
import { ImportChooser } from './ImportChooser';
import type { ImportDraft } from './importFiles';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProgress } from './ImportProgress';
import { MetadataForm } from './MetadataForm';
import { fieldsFromPreview } from './metadataFields';
import { useMetadataForm } from './useMetadataForm';
import { useImportJob } from './useImportJob';

interface ImportDialogProps {
  /** Files already chosen (dropped on the window), or none. */
  initialDraft: ImportDraft;
  /** Set for a re-import: the new files become a new version of this document. */
  replacing?: DocumentSummary;
  onClose(): void;
  onCommitted(documentId: string): void;
}

/**
 * Importing documents, in one dialog: choose the files, watch the job, check
 * the preview and fill in the details, then store. A refused file is told in
 * its own words and the user picks again; closing stops a running job.
 */
export function ImportDialog({ initialDraft, replacing, onClose, onCommitted }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initialDraft);
  const job = useImportJob();
  const { view } = job;
  const bodyRef = useRef<HTMLDivElement>(null);
  // Each step puts the focus where its work starts (the shape, Cancel, the first detail), so the keyboard never falls out of the dialog.
  useEffect(() => bodyRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), [view.step]);
  const title = replacing
    ? t('library.import.reimportTitle', { title: inLanguage(replacing.title, asUiLanguage(i18n.language))?.text ?? replacing.id })
    : t('library.import.title');

  return (
    <ModalDialog className="import-dialog" labelledBy={`${id}-title`} onClose={onClose} closeOnBackdrop={false}>
      <div className="modal-box" data-step={view.step}>
        <div className="modal-header">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('commands.close')}
          </button>
        </div>
        <div className="import-body" ref={bodyRef}>
          {view.step === 'failed' && <ImportRefusal error={view.error} />}
          {view.step === 'failed' && view.error.details?.reason === 'file-encoding-unknown' && (
            <EncodingRetry fileNames={job.fileNames} onRetry={(index, encoding) => void job.restartWithEncoding(index, encoding)} />
          )}
          {(view.step === 'idle' || view.step === 'failed') && (
            <ImportChooser draft={draft} fixedShape={replacing !== undefined} onChange={setDraft} onStart={() => void job.start(draft)} />
          )}
          {(view.step === 'reading' || view.step === 'running') && (
            <ImportProgress status={view.step === 'running' ? view.status : null} onCancel={() => void job.cancel()} />
          )}
          {view.step === 'ready' && view.status.preview && (
            <ReadyStep
              key={view.jobId}
              preview={view.status.preview}
              replacing={replacing}
              onEncoding={(index, encoding) => void job.restartWithEncoding(index, encoding)}
              onAgain={() => void job.cancel()}
              onCommit={async (metadata) => {
                const result = await job.commit(replacing ? { replaceDocumentId: replacing.id } : { metadata });
                if (result?.ok) onCommitted(result.value.documentId);
                return result && !result.ok ? result.error : null;
              }}
            />
          )}
        </div>
      </div>
    </ModalDialog>
  );
}

interface ReadyStepProps {
  preview: ImportPreview;
  replacing: DocumentSummary | undefined;
  onEncoding(fileIndex: number, encoding: string): void;
  onAgain(): void;
  onCommit(metadata: DocumentMetadata | undefined): Promise<ApiError | null>;
}

/** The preview, the details form (a new document only), and the buttons that store it or start again. */
function ReadyStep({ preview, replacing, onEncoding, onAgain, onCommit }: ReadyStepProps) {
  const { t } = useTranslation();
  const { fields, setFields, problems, error, working, formRef, check, run } = useMetadataForm(() => fieldsFromPreview(preview));

  const submit = async () => {
    let metadata: DocumentMetadata | undefined;
    if (!replacing) {
      metadata = check() ?? undefined;
      if (!metadata) return;
    }
    await run(() => onCommit(metadata));
  };

  return (
    <form ref={formRef} className="import-ready" onSubmit={(event) => (event.preventDefault(), void submit())} noValidate>
      <ImportPreviewPanel preview={preview} onEncoding={onEncoding} />
      {!replacing && <MetadataForm fields={fields} problems={problems} sides={sidesOf(preview)} onChange={setFields} />}
      {replacing && <p className="muted">{t('library.import.reimportNote')}</p>}
      {error && <ErrorMessage error={error} />}
      <div className="modal-actions">
        <button type="button" className="button import-again" onClick={onAgain}>
          {t('library.import.chooseAgain')}
        </button>
        <button type="submit" className="button button-primary import-commit" disabled={working} data-autofocus={replacing ? true : undefined}>
          {replacing ? t('library.import.commitVersion') : t('library.import.commit')}
        </button>
      </div>
    </form>
  );
}

/** A refused file, told first by why (its reason, in the user's words), then that nothing was stored. */
function ImportRefusal({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  if (!error.details) return <ErrorMessage error={error} />;
  return (
    <div className="error-message import-refusal" role="alert">
      <strong className="import-refusal-reason">{t(`errors.reason.${error.details.reason}`, error.details.values ?? {})}</strong>
      <p>{t(`errors.${error.code}`)}</p>
    </div>
  );
}

/** The languages the import found text in. */
function sidesOf(preview: ImportPreview): TextLanguage[] {
  const found = preview.files.flatMap((file) => (file.language === 'both' ? TEXT_LANGUAGES : [file.language]));
  return TEXT_LANGUAGES.filter((language) => found.includes(language));
}
