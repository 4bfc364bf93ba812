import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import i18next, { type TFunction } from 'i18next';
import type { UiLanguage } from '../../contract/languages';
import { resources } from '../../locales/resources';

const menuI18n = i18next.createInstance();
void menuI18n.init({ resources, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });

/** The translated application menu; rebuilt when the interface language changes. */
export function installApplicationMenu(language: UiLanguage, corpusVersion: string): void {
  const t: TFunction = menuI18n.getFixedT(language);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, submenu: [{ role: 'about' as const, label: t('menu.about') }, { type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }] }] : []),
    {
      label: t('menu.file'),
      submenu: [isMac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') }],
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

/** Text for dialogs shown before any window exists. */
export function mainProcessText(language: UiLanguage): TFunction {
  return menuI18n.getFixedT(language);
}
