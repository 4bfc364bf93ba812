import { textLanguageOfUi, type TextLanguage, type UiLanguage } from '../contract/languages';
import type { Bilingual } from '../contract/model';

/** The BCP 47 tag to put on text of each language, so the right CJK glyphs are chosen. */
export const LANG_ATTRIBUTE: Record<TextLanguage, string> = { zh: 'zh-CN', en: 'en' };

/**
 * A bilingual value in the interface language when it exists, else in the other
 * one, with the language it is actually in (for the `lang` attribute).
 */
export function inLanguage(value: Bilingual, ui: UiLanguage): { text: string; language: TextLanguage } | null {
  const first = textLanguageOfUi(ui);
  const second: TextLanguage = first === 'zh' ? 'en' : 'zh';
  if (value[first]) return { text: value[first], language: first };
  if (value[second]) return { text: value[second], language: second };
  return null;
}

/** The other language's value, when it exists and differs from what `inLanguage` chose. */
export function otherLanguage(value: Bilingual, ui: UiLanguage): { text: string; language: TextLanguage } | null {
  const shown = inLanguage(value, ui);
  if (!shown) return null;
  const other: TextLanguage = shown.language === 'zh' ? 'en' : 'zh';
  return value[other] ? { text: value[other], language: other } : null;
}

export function formatDate(isoDate: string, ui: UiLanguage): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(ui, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
