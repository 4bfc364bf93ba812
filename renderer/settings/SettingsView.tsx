import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHOR_MAX_LENGTH } from '../../contract/annotations';
import type { BackupInfo } from '../../contract/backups';
import type { Preferences } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';

interface SettingsViewProps {
  preferences: Preferences;
  onPreferencesChange(patch: Partial<Preferences>): Promise<void>;
}

/** The author name recorded on annotations, and the backups of the user's data. */
export function SettingsView({ preferences, onPreferencesChange }: SettingsViewProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const [name, setName] = useState(preferences.authorName);
  const [saved, setSaved] = useState(false);
  useEffect(() => setName(preferences.authorName), [preferences.authorName]);

  return (
    <div className="settings-view">
      <h1>{t('settings.title')}</h1>
      <section className="settings-section" aria-labelledby={`${nameId}-heading`}>
        <h2 id={`${nameId}-heading`}>{t('settings.authorHeading')}</h2>
        <p className="muted">{t('settings.authorExplain')}</p>
        <form
          className="settings-row"
          onSubmit={(event) => {
            event.preventDefault();
            void onPreferencesChange({ authorName: name.trim() }).then(() => setSaved(true));
          }}
        >
          <label htmlFor={nameId}>{t('settings.authorLabel')}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={AUTHOR_MAX_LENGTH}
            onChange={(event) => {
              setName(event.target.value);
              setSaved(false);
            }}
          />
          <button type="submit" className="button button-primary" disabled={name.trim() === preferences.authorName}>
            {t('settings.save')}
          </button>
          {saved && (
            <span className="muted" role="status">
              {t('settings.saved')}
            </span>
          )}
        </form>
      </section>
      <BackupsSection />
    </div>
  );
}

function BackupsSection() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [backups, reload] = useApiResult(() => api.listBackups({}), [api]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [working, setWorking] = useState(false);

  const backUpNow = async () => {
    setWorking(true);
    const result = await api.backupNow({});
    setWorking(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus(t('settings.backupMade', { date: new Date(result.value.createdAt).toLocaleString(i18n.language) }));
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
                  <td>{new Date(backup.createdAt).toLocaleString(i18n.language)}</td>
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
        <div className="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-restore-title" aria-describedby="confirm-restore-text">
          <div className="confirm-box">
            <h3 id="confirm-restore-title">{t('settings.confirmTitle')}</h3>
            <p id="confirm-restore-text">{t('settings.confirmText', { date: new Date(confirming.createdAt).toLocaleString(i18n.language) })}</p>
            <div className="editor-actions">
              <span className="spacer" />
              <button type="button" className="button" autoFocus onClick={() => setConfirming(null)}>
                {t('annotations.cancel')}
              </button>
              <button type="button" className="button button-danger" onClick={() => void restore(confirming)} disabled={working}>
                {t('settings.confirmRestore')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
