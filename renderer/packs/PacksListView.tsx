import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../contract/packs';
import type { ApiError } from '../../contract/result';
import { UndoToast } from '../annotations/UndoToast';
import { useUndoWindow } from '../annotations/useUndoWindow';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import { navigate } from '../navigation';
import { routeHash } from '../route';
import { NewPackForm } from './NewPackForm';
import { formatDate, formatDateTime } from './packDates';
import './packs.css';

/** Every briefing pack, newest change first as the store lists them: open, duplicate, delete with Undo, or start a new one. */
export function PacksListView({ creating, onCreatingChange }: { creating: boolean; onCreatingChange(open: boolean): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [packs, reload] = useApiResult(() => api.listPacks({}), [api]);
  const [error, setError] = useState<ApiError | null>(null);
  const undo = useUndoWindow<PackSummary>(async (pack) => {
    const result = await api.restorePack({ id: pack.id });
    if (!result.ok) setError(result.error);
    reload();
  });

  const duplicate = async (pack: PackSummary) => {
    const result = await api.duplicatePack({ id: pack.id });
    if (!result.ok) return setError(result.error);
    setError(null);
    reload();
  };
  const remove = async (pack: PackSummary) => {
    const result = await api.deletePack({ id: pack.id });
    if (!result.ok) return setError(result.error);
    setError(null);
    undo.offer(pack);
    reload();
  };

  return (
    <section className="packs" aria-labelledby="packs-title">
      <header className="packs-header">
        <h1 id="packs-title">{t('packs.title')}</h1>
        {!creating && (
          <button type="button" className="button" onClick={() => onCreatingChange(true)}>
            {t('packs.new')}
          </button>
        )}
      </header>
      <p className="packs-intro">{t('packs.intro')}</p>
      {creating && (
        <NewPackForm
          onCancel={() => onCreatingChange(false)}
          onCreated={(id) => {
            onCreatingChange(false);
            navigate({ name: 'pack', packId: id });
          }}
        />
      )}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {packs.state === 'failed' && <ErrorMessage error={packs.error} onRetry={reload} />}
      {packs.state === 'ready' && packs.value.length === 0 && !creating && <p className="packs-empty">{t('packs.empty')}</p>}
      {packs.state === 'ready' && packs.value.length > 0 && (
        <ul className="pack-list">
          {packs.value.map((pack) => (
            <PackListItem key={pack.id} pack={pack} onDuplicate={() => void duplicate(pack)} onDelete={() => void remove(pack)} />
          ))}
        </ul>
      )}
      {undo.deleted && <UndoToast message={t('packs.deleted', { title: undo.deleted.title })} onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />}
    </section>
  );
}

function PackListItem({ pack, onDuplicate, onDelete }: { pack: PackSummary; onDuplicate(): void; onDelete(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="pack-summary" data-pack-id={pack.id}>
      <a className="pack-summary-link" href={routeHash({ name: 'pack', packId: pack.id })}>
        <span className="pack-summary-title">{pack.title}</span>
        {(pack.occasion || pack.date) && (
          <span className="pack-summary-occasion">{[pack.occasion, pack.date && formatDate(pack.date, i18n.language)].filter(Boolean).join(t('packs.separator'))}</span>
        )}
      </a>
      <p className="pack-summary-counts">
        {[
          t('packs.countCards', { count: pack.cardCount }),
          t('packs.countPoints', { count: pack.pointCount }),
          t('packs.countQuestions', { count: pack.questionCount }),
        ].join(t('packs.separator'))}
      </p>
      <p className="pack-summary-changed">{t('packs.changedAt', { when: formatDateTime(pack.updatedAt, i18n.language) })}</p>
      <div className="pack-summary-actions">
        <button type="button" className="button button-quiet" onClick={onDuplicate} aria-label={t('packs.duplicateNamed', { title: pack.title })}>
          {t('packs.duplicate')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDelete} aria-label={t('packs.deleteNamed', { title: pack.title })}>
          {t('packs.delete')}
        </button>
      </div>
    </li>
  );
}
