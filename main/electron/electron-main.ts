import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, protocol, session } from 'electron';
import { uiLanguageFromLocale, type UiLanguage } from '../../contract/languages';
import type { Preferences } from '../../contract/model';
import { openBackend, type Backend } from '../domain/backend';
import { createPdfPrinter } from './printPdf';
import { BACKUP_DIR_NAME } from '../domain/database/backups';
import { localText } from '../domain/localText';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './appProtocol';
import { backUpToChosenFile, restoreFromChosenFile, type BackupDialogContext } from './backupDialogs';
import { handleDeepLinks } from './deepLinks';
import { exportSaver } from './exportDialogs';
import { hardenSession, lockDownAllWebContents } from './hardening';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu, type MenuActions } from './menu';
import { resolveNativeBinding } from './nativeBinding';
import { corpusFile } from './packagedPaths';
import { windowBackground } from './windowTheme';

// The Electron shell: lifecycle, window, menu, protocol and IPC wiring over the domain.

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
lockDownAllWebContents(app);

// Tests give each run its own profile folder.
if (process.env.DUIZHAO_USER_DATA_DIR) app.setPath('userData', process.env.DUIZHAO_USER_DATA_DIR);

const systemLanguage = (): UiLanguage => uiLanguageFromLocale(app.getLocale());
const interfaceLanguage = (prefs: Preferences): UiLanguage => prefs.uiLanguage ?? systemLanguage();

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
/** Opens a route of the app in the window (made if there is none), as the menu and deep links do. */
const showRoute = (hash: string) => {
  if (!mainWindow) createMainWindow();
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
  void mainWindow?.loadURL(`${APP_ENTRY_URL}${hash}`);
};
let deepLinks: ReturnType<typeof handleDeepLinks> | null = null;

function createMainWindow(hash = ''): void {
  const window = new BrowserWindow({
    width: 1320,
    height: 880,
    minWidth: 860,
    minHeight: 560,
    show: false,
    title: 'Duizhao 对照',
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: path.join(__dirname, '..', 'preload', 'preload.js'), // eng-disable PRELOAD_JS_CHECK because the preload exposes only the contract's named calls through contextBridge (tests/unit/electron/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle click would open a new window: the app has none to open (Electronegativity's AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(`${APP_ENTRY_URL}${hash}`);
  mainWindow = window;
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  try {
    backend = await openBackend({
      userDataDir: app.getPath('userData'),
      corpusFile: corpusFile(app.isPackaged, process.resourcesPath, appRoot),
      systemLanguage: systemLanguage(),
      nativeBinding: resolveNativeBinding(app.isPackaged, appRoot, process.versions.electron),
      appVersion: app.getVersion(),
      printPdf: createPdfPrinter(),
      saveExportFile: exportSaver(() => mainWindow),
    });
  } catch (error) {
    const t = localText(systemLanguage());
    dialog.showErrorBox(t('fatal.title'), t('fatal.startFailed', { detail: (error as Error).message }));
    app.exit(1);
    return;
  }

  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, path.join(__dirname, '..', 'renderer'));
  registerIpcHandlers(ipcMain, backend.handlers);

  const corpusVersion = (await backend.handlers.getStartupState({})).corpus.version;
  const language = () => interfaceLanguage(backend?.handlers.getPreferences({}) as Preferences);
  const actions = menuActions(language);
  installApplicationMenu(language(), corpusVersion, actions);
  backend.onPreferencesChanged((prefs) => {
    installApplicationMenu(interfaceLanguage(prefs), corpusVersion, actions);
    nativeTheme.themeSource = prefs.theme;
  });
  // The theme preference drives Electron's own (menus, dialogs, prefers-color-scheme in the page), and the
  // window's colour follows whatever is then in use, the system's included.
  nativeTheme.themeSource = (backend.handlers.getPreferences({}) as Preferences).theme;
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)));

  createMainWindow(deepLinks?.pendingHash() ?? '');
}

/** The menu's own items: a backup made at once and told in a message box, and the app's screens. */
function menuActions(language: () => UiLanguage): MenuActions {
  const dialogContext = (): BackupDialogContext | null =>
    backend && { backend, window: mainWindow, language: language(), userDataDir: app.getPath('userData') };
  return {
    showAnnotations: () => showRoute('#/annotations'),
    showBackups: () => showRoute('#/settings'),
    // The library's route with the dialog open: no new IPC, the renderer opens it from the address.
    importDocuments: () => showRoute('#/?import=1'),
    backUpToFile: () => {
      const context = dialogContext();
      if (context) void backUpToChosenFile(context);
    },
    restoreFromFile: () => {
      const context = dialogContext();
      if (context) void restoreFromChosenFile(context);
    },
    backUpNow: () => {
      if (!backend) return;
      const t = localText(language());
      void Promise.resolve(backend.handlers.backupNow({})).then(
        (backup) =>
          dialog.showMessageBox({
            type: 'info',
            message: t('menu.backupDone'),
            detail: t('menu.backupDoneDetail', { name: backup.name, folder: path.join(app.getPath('userData'), BACKUP_DIR_NAME) }),
          }),
        (error: unknown) => dialog.showMessageBox({ type: 'error', message: t('errors.backup-failed'), detail: t('menu.backupFailedDetail', { detail: (error as Error).message }) }),
      );
    },
  };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  deepLinks = handleDeepLinks(app, showRoute);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}
