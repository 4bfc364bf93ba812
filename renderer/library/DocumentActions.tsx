import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ANNOTATION_CHOICES, type DocumentAnnotationChoice } from '../../contract/documents';
import type { DocumentSummary } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { ModalDialog } from '../commands/ModalDialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { returnFocus } from '../components/returnFocus';
import { EditDetailsDialog } from './EditDetailsDialog';
import { useImportLauncher } from './ImportHost';

interface DocumentActionsProps {
  doc: DocumentSummary;
  title: string;
  onChanged(): void;
  onDeleted(doc: DocumentSummary): void;
}

/** What can be done to an imported document from the library: edit its details, import a new version, delete it. */
export function DocumentActions({ doc, title, onChanged, onDeleted }: DocumentActionsProps) {
  const { t } = useTranslation();
  const launcher = useImportLauncher();
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(null);
    // Back to the button that opened the dialog; after a deletion it is gone, and the library's own button takes the focus.
    // (Once the dialog has left the page: while it is modal, nothing outside it can take the focus.)
    window.setTimeout(() => returnFocus(opener.current, () => document.querySelector('.library-import')));
  };
  const openDialog = (which: 'edit' | 'delete') => (event: React.MouseEvent<HTMLButtonElement>) => {
    opener.current = event.currentTarget;
    setOpen(which);
  };
  return (
    <div className="document-actions" role="group" aria-label={t('library.actions.label', { title })}>
      <button type="button" className="button button-small document-edit" onClick={openDialog('edit')}>
        {t('library.actions.edit')}
      </button>
      <button type="button" className="button button-small document-reimport" onClick={() => launcher.reimport(doc)}>
        {t('library.actions.reimport')}
      </button>
      <button type="button" className="button button-small button-danger document-delete" onClick={openDialog('delete')}>
        {t('library.actions.delete')}
      </button>
      {open === 'edit' && (
        <EditDetailsDialog
          doc={doc}
          onClose={close}
          onSaved={() => {
            close();
            onChanged();
          }}
        />
      )}
      {open === 'delete' && (
        <DeleteDocumentDialog
          doc={doc}
          title={title}
          onClose={close}
          onDeleted={() => {
            close();
            onDeleted(doc);
          }}
        />
      )}
    </div>
  );
}

/** Asks before deleting, and what becomes of the document's annotations: kept as orphans, or deleted with it. */
function DeleteDocumentDialog({ doc, title, onClose, onDeleted }: { doc: DocumentSummary; title: string; onClose(): void; onDeleted(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [annotations, setAnnotations] = useState<DocumentAnnotationChoice>('keep');
  const [error, setError] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);
  const run = async () => {
    setWorking(true);
    const result = await api.deleteDocument({ documentId: doc.id, annotations });
    setWorking(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  };
  return (
    <ModalDialog className="delete-document-dialog" labelledBy={`${id}-title`} onClose={onClose}>
      <form className="modal-box" onSubmit={(event) => (event.preventDefault(), void run())}>
        <div className="modal-header">
          <h2 id={`${id}-title`}>{t('library.delete.title', { title })}</h2>
        </div>
        <div className="import-body">
          <p>{t('library.delete.text')}</p>
          <fieldset className="delete-choices">
            <legend>{t('library.delete.annotations')}</legend>
            {DOCUMENT_ANNOTATION_CHOICES.map((choice) => (
              <label key={choice}>
                <input type="radio" name={`${id}-annotations`} value={choice} checked={annotations === choice} onChange={() => setAnnotations(choice)} />
                {t(`library.delete.choice.${choice}`)}
              </label>
            ))}
          </fieldset>
          {error && <ErrorMessage error={error} />}
          <div className="modal-actions">
            <button type="button" className="button" autoFocus onClick={onClose}>
              {t('annotations.cancel')}
            </button>
            <button type="submit" className="button button-danger delete-confirm" disabled={working}>
              {t('library.delete.confirm')}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}
