import type { UiLanguage } from '../contract/languages';
import en from './en/translation.json';
import zhCN from './zh-CN/translation.json';
import zhTW from './zh-TW/translation.json';

/** i18next resources for every interface language; the renderer and Electron's menus both use them. */
export const resources: Record<UiLanguage, { translation: typeof en }> = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
};
