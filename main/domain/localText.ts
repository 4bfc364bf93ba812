import i18next, { type TFunction } from 'i18next';
import type { UiLanguage } from '../../contract/languages';
import { resources } from '../../locales/resources';

const instance = i18next.createInstance();
void instance.init({ resources, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });

/** Text the Node side writes for people (menus, dialogs, exported files), from the same locales as the renderer. */
export function localText(language: UiLanguage): TFunction {
  return instance.getFixedT(language);
}
