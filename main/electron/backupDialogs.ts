import path from 'node:path';
import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { UiLanguage } from '../../contract/languages';
import type { Backend } from '../domain/backend';
import { BACKUP_DIR_NAME, outsideFileName } from '../domain/database/backups';
import { DomainError } from '../domain/errors';
import { localText } from '../domain/localText';

export interface BackupDialogContext {
  backend: Backend;
  window: BrowserWindow | null;
  language: UiLanguage;
  userDataDir: string;
}

/**
 * The File menu's "Back Up to a File…" and "Restore from a File…": Electron's
 * own save and open dialogs, then the backend's path methods, called here in
 * main. The path never reaches the renderer or crosses IPC.
 */
export async function backUpToChosenFile({ backend, window, language }: BackupDialogContext): Promise<void> {
  const t = localText(language);
  const options: SaveDialogOptions = { defaultPath: outsideFileName(new Date()), filters: [{ name: t('menu.backupFileFilter'), extensions: ['sqlite'] }] };
  const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return;
  try {
    const summary = await backend.backupFiles.backUpTo(filePath);
    await showMessage(window, { type: 'info', message: t('menu.backupToFileDone'), detail: t('menu.backupToFileDoneDetail', { file: filePath, count: summary.annotationCount }) });
  } catch (error) {
    await showMessage(window, { type: 'error', message: t('errors.backup-failed'), detail: t('menu.backupFailedDetail', { detail: describe(error, t) }) });
  }
}

export async function restoreFromChosenFile({ backend, window, language, userDataDir }: BackupDialogContext): Promise<void> {
  const t = localText(language);
  const options: OpenDialogOptions = { properties: ['openFile'], filters: [{ name: t('menu.backupFileFilter'), extensions: ['sqlite', 'db'] }] };
  const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [file] = filePaths;
  if (canceled || !file) return;
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(language) : t('menu.neverChanged'));
  try {
    const summary = await backend.backupFiles.inspect(file);
    const { response } = await showMessage(window, {
      type: 'warning',
      message: t('menu.restoreConfirm'),
      detail: t('menu.restoreConfirmDetail', { file: path.basename(file), count: summary.annotationCount, date: date(summary.lastChangedAt) }),
      buttons: [t('menu.cancel'), t('menu.restore')],
      defaultId: 0,
      cancelId: 0,
    });
    if (response !== 1) return;
    const report = await backend.backupFiles.restoreFrom(file);
    // Everything the window shows came from the data just replaced.
    window?.webContents.reload();
    await showMessage(window, {
      type: 'info',
      message: t('menu.restoreDone'),
      detail: t('menu.restoreDoneDetail', { count: report.restored.annotationCount, date: date(report.restored.lastChangedAt), folder: path.join(userDataDir, BACKUP_DIR_NAME) }),
    });
  } catch (error) {
    await showMessage(window, { type: 'error', message: t('menu.fileNotRestored'), detail: describe(error, t) });
  }
}

function showMessage(window: BrowserWindow | null, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

/** The translated message of a DomainError's code, or the error's own words. */
function describe(error: unknown, t: ReturnType<typeof localText>): string {
  return error instanceof DomainError ? t(`errors.${error.code}`) : (error as Error).message;
}
