import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../contract/languages';
import { localText } from '../domain/localText';

/** What the menu's own items do; the shell supplies them. */
export interface MenuActions {
  backUpNow(): void;
  backUpToFile(): void;
  restoreFromFile(): void;
  showBackups(): void;
  showAnnotations(): void;
  /** Opens the library's import dialog (the renderer reads the chosen files itself, through the File API). */
  importDocuments(): void;
}

/** The translated application menu; rebuilt when the interface language changes. */
export function installApplicationMenu(language: UiLanguage, corpusVersion: string, actions: MenuActions): void {
  const t: TFunction = localText(language);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, submenu: [{ role: 'about' as const, label: t('menu.about') }, { type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }] }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.importDocuments'), accelerator: 'CmdOrCtrl+O', click: actions.importDocuments },
        { label: t('menu.annotations'), accelerator: 'CmdOrCtrl+Shift+A', click: actions.showAnnotations },
        { type: 'separator' },
        { label: t('menu.backupNow'), click: actions.backUpNow },
        { label: t('menu.backupToFile'), click: actions.backUpToFile },
        { label: t('menu.restoreFromFile'), click: actions.restoreFromFile },
        { label: t('menu.backups'), click: actions.showBackups },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullscreen') },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: t('app.name'),
              message: t('app.name'),
              detail: t('menu.aboutDetail', { version: app.getVersion(), corpusVersion }),
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
