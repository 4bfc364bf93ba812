import i18next, { type TFunction } from 'i18next';
import type { UiLanguage } from '../../contract/languages';
import { resources } from '../../locales/resources';

const instance = i18next.createInstance();
void instance.init({ resources, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });

/** Text the Node side writes for people (menus, dialogs, exported files), from the same locales as the renderer. */
export function localText(language: UiLanguage): TFunction {
  return instance.getFixedT(language);
}

/** An ISO day (YYYY-MM-DD) as people write it in the interface language: 1 December 2026, 2026年12月1日. */
export function formatDay(iso: string, language: UiLanguage): string {
  const locale = language === 'en' ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
