import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../contract/backups';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';

/**
 * The optional second backup folder: each daily and manual backup is copied
 * there too. The folder is typed as a path, which the domain checks; a browser
 * has no folder picker that yields one.
 */
export function SecondFolderSection() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [loaded] = useApiResult(() => api.getBackupSettings({}), [api]);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    if (loaded.state !== 'ready') return;
    setSettings(loaded.value);
    setFolder(loaded.value.secondFolder ?? '');
  }, [loaded]);

  const save = async (next: string | null) => {
    setWorking(true);
    const result = await api.setSecondBackupFolder({ folder: next });
    setWorking(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSettings(result.value);
    setFolder(result.value.secondFolder ?? '');
  };
  const current = settings?.secondFolder ?? null;
  const last = settings?.lastSecondCopy ?? null;

  return (
    <section className="settings-section" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('settings.secondHeading')}</h2>
      <p className="muted">{t('settings.secondExplain')}</p>
      <form
        className="settings-row"
        onSubmit={(event) => {
          event.preventDefault();
          void save(folder.trim());
        }}
      >
        <label htmlFor={inputId}>{t('settings.secondLabel')}</label>
        <input
          id={inputId}
          type="text"
          className="settings-path"
          value={folder}
          placeholder={t('settings.secondPlaceholder')}
          spellCheck={false}
          onChange={(event) => setFolder(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={working || folder.trim() === '' || folder.trim() === current}>
          {t('settings.save')}
        </button>
        {current !== null && (
          <button type="button" className="button" onClick={() => void save(null)} disabled={working}>
            {t('settings.secondClear')}
          </button>
        )}
      </form>
      {current !== null && (last === null || last.ok) && (
        <p className="muted" role="status">
          {last === null ? t('settings.secondNoCopyYet') : t('settings.secondCopied', { date: new Date(last.at).toLocaleString(i18n.language), file: last.fileName })}
        </p>
      )}
      {current !== null && last !== null && !last.ok && (
        <p className="error-message" role="alert">
          {t('settings.secondFailed', { date: new Date(last.at).toLocaleString(i18n.language), reason: t(`settings.secondFailure.${last.failure}`) })}
        </p>
      )}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
