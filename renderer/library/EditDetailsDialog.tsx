import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { ModalDialog } from '../commands/ModalDialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { MetadataForm } from './MetadataForm';
import { fieldsFromDocument, validateFields, type FieldProblem, type MetadataField } from './metadataFields';

/** "Edit details" of an imported document: the import's own form, filled in with what is stored, saved by updateDocumentInfo. */
export function EditDetailsDialog({ doc, onClose, onSaved }: { doc: DocumentSummary; onClose(): void; onSaved(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(() => fieldsFromDocument(doc));
  const [problems, setProblems] = useState<Partial<Record<MetadataField, FieldProblem>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(problems).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const save = async () => {
    const checked = validateFields(fields);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    setWorking(true);
    const result = await api.updateDocumentInfo({ documentId: doc.id, metadata: checked.metadata });
    setWorking(false);
    if (result.ok) onSaved();
    else setError(result.error);
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
