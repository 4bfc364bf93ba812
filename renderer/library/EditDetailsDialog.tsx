import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import { useApi } from '../api/ApiContext';
import { ModalDialog } from '../commands/ModalDialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { MetadataForm } from './MetadataForm';
import { fieldsFromDocument } from './metadataFields';
import { useMetadataForm } from './useMetadataForm';

/** "Edit details" of an imported document: the import's own form, filled in with what is stored, saved by updateDocumentInfo. */
export function EditDetailsDialog({ doc, onClose, onSaved }: { doc: DocumentSummary; onClose(): void; onSaved(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const id = useId();
  const { fields, setFields, problems, error, working, formRef, check, run } = useMetadataForm(() => fieldsFromDocument(doc));

  const save = async () => {
    const metadata = check();
    if (!metadata) return;
    await run(async () => {
      const result = await api.updateDocumentInfo({ documentId: doc.id, metadata });
      if (!result.ok) return result.error;
      onSaved();
      return null;
    });
  };

  return (
    <ModalDialog className="import-dialog edit-details-dialog" labelledBy={`${id}-title`} onClose={onClose}>
      <form ref={formRef} className="modal-box" onSubmit={(event) => (event.preventDefault(), void save())} noValidate>
        <div className="modal-header">
          <h2 id={`${id}-title`}>{t('library.actions.editTitle')}</h2>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('commands.close')}
          </button>
        </div>
        <div className="import-body">
          <MetadataForm fields={fields} problems={problems} sides={TEXT_LANGUAGES.filter((language) => doc.coverage[language].present > 0)} onChange={setFields} />
          {error && <ErrorMessage error={error} />}
          <div className="modal-actions">
            <button type="submit" className="button button-primary edit-details-save" disabled={working}>
              {t('library.actions.save')}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}
