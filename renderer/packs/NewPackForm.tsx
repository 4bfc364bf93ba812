import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_OCCASION_MAX_LENGTH, PACK_TITLE_MAX_LENGTH } from '../../contract/packs';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';

/** A new pack: a title (required), the occasion and the briefing's date. */
export function NewPackForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [occasion, setOccasion] = useState('');
  const [date, setDate] = useState('');
  const [missingTitle, setMissingTitle] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setMissingTitle(true);
    setWorking(true);
    const result = await api.createPack({ title: title.trim(), occasion: occasion.trim(), date: date || null });
    setWorking(false);
    if (!result.ok) return setError(result.error);
    onCreated(result.value.id);
  };

  return (
    <form className="new-pack-form" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${id}-heading`}>{t('packs.newHeading')}</h2>
      <label htmlFor={`${id}-title`}>{t('packs.field.title')}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={PACK_TITLE_MAX_LENGTH}
        autoFocus
        aria-invalid={missingTitle || undefined}
        aria-describedby={missingTitle ? `${id}-title-error` : undefined}
        onChange={(event) => {
          setTitle(event.target.value);
          setMissingTitle(false);
        }}
      />
      {missingTitle && (
        <p id={`${id}-title-error`} className="field-error" role="alert">
          {t('packs.titleRequired')}
        </p>
      )}
      <label htmlFor={`${id}-occasion`}>{t('packs.field.occasion')}</label>
      <input id={`${id}-occasion`} value={occasion} maxLength={PACK_OCCASION_MAX_LENGTH} onChange={(event) => setOccasion(event.target.value)} />
      <label htmlFor={`${id}-date`}>{t('packs.field.date')}</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <div className="new-pack-actions">
        <button type="submit" className="button button-primary" disabled={working}>
          {t('packs.create')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('packs.cancel')}
        </button>
      </div>
    </form>
  );
}
