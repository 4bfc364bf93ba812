import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../contract/backups';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import { ConfirmDialog } from './ConfirmDialog';

/** The backups kept on this computer: back up now, and restore one of them. */
export function BackupsSection() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [backups, reload] = useApiResult(() => api.listBackups({}), [api]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [working, setWorking] = useState(false);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  const backUpNow = async () => {
    setWorking(true);
    const result = await api.backupNow({});
    setWorking(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus(t('settings.backupMade', { date: date(result.value.createdAt) }));
    reload();
  };
  const restore = async (backup: BackupInfo) => {
    setWorking(true);
    const result = await api.restoreBackup({ name: backup.name });
    setWorking(false);
    setConfirming(null);
    if (!result.ok) return setError(result.error);
    // Everything shown came from the data just replaced: start again from the restored data.
    window.location.reload();
  };

  return (
    <section className="settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('settings.backupsHeading')}</h2>
      <p className="muted">{t('settings.backupsExplain')}</p>
      <div className="settings-row">
        <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={working}>
          {t('settings.backupNow')}
        </button>
        {status && (
          <span className="muted" role="status">
            {status}
          </span>
        )}
      </div>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {backups.state === 'ready' &&
        (backups.value.length === 0 ? (
          <p className="muted">{t('settings.noBackups')}</p>
        ) : (
          <table className="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.backupDate')}</th>
                <th scope="col">{t('settings.backupReason')}</th>
                <th scope="col">{t('settings.backupSize')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.value.map((backup) => (
                <tr key={backup.name}>
                  <td>{date(backup.createdAt)}</td>
                  <td>{t(`settings.reason.${backup.reason}`)}</td>
                  <td>{t('settings.sizeKb', { size: Math.max(1, Math.round(backup.sizeBytes / 1024)) })}</td>
                  <td>
                    <button type="button" className="button button-small" onClick={() => setConfirming(backup)} disabled={working}>
                      {t('settings.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {confirming && (
        <ConfirmDialog
          title={t('settings.confirmTitle')}
          confirmLabel={t('settings.confirmRestore')}
          working={working}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('settings.confirmText', { date: date(confirming.createdAt) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
