/** Languages of the interface (locales/) and of the texts (the two sides of a segment). */
export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const TEXT_LANGUAGES = ['zh', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The text language an interface language reads first: either Chinese interface puts the Chinese side first. */
export const textLanguageOfUi = (ui: UiLanguage): TextLanguage => (ui === 'en' ? 'en' : 'zh');

/** An i18next language (or anything else) as an interface language, English when it is none of them. */
export function asUiLanguage(language: string | undefined | null): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as UiLanguage) : 'en';
}

/**
 * Maps an OS or browser locale to an interface language: Traditional Chinese
 * (zh-TW, zh-HK, zh-MO, zh-Hant, zh-Hant-*) to zh-TW, any other Chinese
 * (zh, zh-CN, zh-SG, zh-Hans-*) to zh-CN, everything else to English.
 * An explicit script wins over the region: zh-Hans-HK is Simplified.
 */
export function uiLanguageFromLocale(locale: string | undefined | null): UiLanguage {
  if (!locale || !/^zh(\b|[-_])/i.test(locale)) return 'en';
  const subtags = locale.toLowerCase().split(/[-_]/).slice(1);
  if (subtags.includes('hans')) return 'zh-CN';
  if (subtags.includes('hant')) return 'zh-TW';
  return subtags.some((tag) => tag === 'tw' || tag === 'hk' || tag === 'mo') ? 'zh-TW' : 'zh-CN';
}
