/** Languages of the interface (locales/) and of the texts (the two sides of a segment). */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const TEXT_LANGUAGES = ['zh', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Maps an OS or browser locale such as `zh-Hans-CN`, `zh-CN` or `en-GB` to an interface language. */
export function uiLanguageFromLocale(locale: string | undefined | null): UiLanguage {
  return locale && /^zh(\b|[-_])/i.test(locale) ? 'zh-CN' : 'en';
}
