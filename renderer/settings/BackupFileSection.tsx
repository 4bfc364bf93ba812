import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_FILE_MAX_BYTES, type BackupFileSummary, type RestoreReport } from '../../contract/backups';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { downloadBase64File } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';
import { readAsBase64 } from '../components/readAsBase64';
import { ConfirmDialog } from './ConfirmDialog';

/** Survives the reload after a restore, so the restored screen can say what it restored. */
const REPORT_KEY = 'duizhao.restoreReport';

interface PickedFile {
  name: string;
  contentBase64: string;
  summary: BackupFileSummary;
}

/**
 * Backups that leave the machine: a backup saved where the user chooses (a
 * USB stick), and a restore from such a file. The same in Electron, whose
 * save and open dialogs these become, and in a browser: the file travels as
 * its bytes, never as a path (contract/api.ts).
 */
export function BackupFileSection() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [working, setWorking] = useState(false);
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : t('settings.neverChanged'));

  useEffect(() => {
    const stored = sessionStorage.getItem(REPORT_KEY);
    if (!stored) return;
    sessionStorage.removeItem(REPORT_KEY);
    const { fileName, report } = JSON.parse(stored) as { fileName: string; report: RestoreReport };
    setStatus(
      t('settings.restoredFromFile', {
        file: fileName,
        count: report.restored.annotationCount,
        date: date(report.restored.lastChangedAt),
        safety: date(report.safetyBackup.createdAt),
      }),
    );
  }, []); // once, after the reload that follows a restore

  const backUpToFile = async () => {
    setError(null);
    setWorking(true);
    const result = await api.backUpToFile({});
    setWorking(false);
    if (!result.ok) return setError(result.error);
    downloadBase64File(result.value.fileName, result.value.mimeType, result.value.contentBase64);
    setStatus(t('settings.fileSaved', { file: result.value.fileName, count: result.value.summary.annotationCount }));
  };
  const pick = async (file: File) => {
    setError(null);
    setStatus('');
    if (file.size > BACKUP_FILE_MAX_BYTES) return setError({ code: 'backup-too-large', message: `${file.name}: ${file.size} bytes` });
    setWorking(true);
    const contentBase64 = await readAsBase64(file);
    const result = await api.inspectBackupFile({ contentBase64 });
    setWorking(false);
    if (!result.ok) return setError(result.error);
    setPicked({ name: file.name, contentBase64, summary: result.value });
  };
  const restore = async ({ name, contentBase64 }: PickedFile) => {
    setWorking(true);
    const result = await api.restoreFromFile({ contentBase64 });
    setWorking(false);
    setPicked(null);
    if (!result.ok) return setError(result.error);
    sessionStorage.setItem(REPORT_KEY, JSON.stringify({ fileName: name, report: result.value }));
    // Everything shown came from the data just replaced: start again from the restored data.
    window.location.reload();
  };

  return (
    <section className="settings-section" aria-labelledby="backup-file-heading">
      <h2 id="backup-file-heading">{t('settings.fileHeading')}</h2>
      <p className="muted">{t('settings.fileExplain')}</p>
      <div className="settings-row">
        <button type="button" className="button" onClick={() => void backUpToFile()} disabled={working}>
          {t('settings.backupToFile')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={working}>
          {t('settings.restoreFromFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".sqlite,.db,application/vnd.sqlite3,application/x-sqlite3"
          className="visually-hidden"
          data-testid="restore-file"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void pick(file);
          }}
        />
      </div>
      {status && (
        <p className="inline-notice" role="status">
          {status}
        </p>
      )}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {picked && (
        <ConfirmDialog
          title={t('settings.confirmFileTitle')}
          confirmLabel={t('settings.confirmRestore')}
          working={working}
          onConfirm={() => void restore(picked)}
          onCancel={() => setPicked(null)}
        >
          <p>{t('settings.confirmFileHolds', { file: picked.name, count: picked.summary.annotationCount, date: date(picked.summary.lastChangedAt) })}</p>
          <p>{t('settings.confirmFileText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
