import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { ApiError } from '../../contract/result';
import type { AuditFinding, FindingMark, Term } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { PlaceList, VariantForms } from './AuditPlaces';
import type { DocumentTitles } from './documentTitles';

/** One finding: what is wrong in words, every place it occurs (each opening the reader there), and its mark. */
export function AuditFindingItem(props: { finding: AuditFinding; term: Term | null; titles: DocumentTitles; onMarked(mark: FindingMark | null): void }) {
  const { finding, term, titles } = props;
  const { t } = useTranslation();
  return (
    <li className={`audit-finding${finding.mark ? ' is-accepted' : ''}`} data-finding-id={finding.id} data-kind={finding.kind}>
      <p className="audit-kind">
        <strong>{t(`terms.audit.kind.${finding.kind}`)}</strong>{' '}
        {finding.kind === 'discouraged-rendering' && term && (
          <span>{t('terms.audit.discouragedTerm', { term: term.text, status: t(`terms.audit.status.${term.status}`) })}</span>
        )}
        {finding.kind === 'variant-forms' && (
          <span>{t('terms.audit.differsIn', { variants: finding.variants.map((v) => t(`terminologyExport.variant.${v}`)).join(t('terms.audit.listSeparator')) })}</span>
        )}
      </p>
      <p className="audit-explain muted">{t(`terms.audit.explain.${finding.kind}`)}</p>
      {finding.kind === 'variant-forms' ? <VariantForms places={finding.places} titles={titles} /> : <PlaceList places={finding.places} titles={titles} />}
      <FindingMarkControl finding={finding} onMarked={props.onMarked} />
    </li>
  );
}

/** "Accept as is" with a note, or the mark as it stands with a way to take it away. */
function FindingMarkControl({ finding, onMarked }: { finding: AuditFinding; onMarked(mark: FindingMark | null): void }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const noteId = useId();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async (value: string | null) => {
    setBusy(true);
    setError(null);
    const result = await api.markAuditFinding({ findingId: finding.id, note: value });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setEditing(false);
    setNote('');
    onMarked(result.value);
  };

  const mark = finding.mark;
  const when = mark ? new Intl.DateTimeFormat(asUiLanguage(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(mark.markedAt)) : '';
  return (
    <div className="audit-mark">
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {mark && (
        <p className="audit-accepted" role="status">
          <strong>{t('terms.audit.accepted')}</strong>{' '}
          {t('terms.audit.acceptedBy', { by: mark.markedBy || t('terms.audit.someone'), date: when })}
          {mark.note && <span className="audit-accepted-note">{mark.note}</span>}
        </p>
      )}
      {mark && (
        <button type="button" className="button button-quiet" disabled={busy} onClick={() => void save(null)} data-action="unmark">
          {t('terms.audit.removeMark')}
        </button>
      )}
      {!mark && !editing && (
        <button type="button" className="button" onClick={() => setEditing(true)} data-action="accept">
          {t('terms.audit.accept')}
        </button>
      )}
      {!mark && editing && (
        <form
          className="audit-mark-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save(note.trim());
          }}
        >
          <label htmlFor={noteId}>{t('terms.audit.noteLabel')}</label>
          <textarea id={noteId} value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} autoFocus />
          <div className="audit-mark-actions">
            <button type="submit" className="button" disabled={busy} data-action="save-mark">
              {t('terms.audit.saveMark')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              {t('terms.audit.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
