import { describe, expect, it } from 'vitest';
import { asUiLanguage, textLanguageOfUi, uiLanguageFromLocale } from '../../contract/languages';

describe('uiLanguageFromLocale', () => {
  it('maps Traditional-Chinese systems to zh-TW', () => {
    for (const locale of ['zh-TW', 'zh_TW', 'ZH-hk', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh_Hant_MO', 'zh-Hant-US']) {
      expect(uiLanguageFromLocale(locale), locale).toBe('zh-TW');
    }
  });

  it('maps every other Chinese locale to zh-CN', () => {
    for (const locale of ['zh', 'zh-CN', 'zh_CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'zh-Hans-TW']) {
      expect(uiLanguageFromLocale(locale), locale).toBe('zh-CN');
    }
  });

  it('maps everything else to English', () => {
    for (const locale of ['en-US', 'de', '', undefined, null, 'zhuang', 'en-TW', 'en-HK']) expect(uiLanguageFromLocale(locale)).toBe('en');
  });
});

describe('interface languages', () => {
  it('read the Chinese side first in both Chinese interfaces', () => {
    expect(textLanguageOfUi('zh-CN')).toBe('zh');
    expect(textLanguageOfUi('zh-TW')).toBe('zh');
    expect(textLanguageOfUi('en')).toBe('en');
  });

  it('take an i18next language as it is, or English', () => {
    expect(asUiLanguage('zh-TW')).toBe('zh-TW');
    expect(asUiLanguage('zh-CN')).toBe('zh-CN');
    for (const other of ['zh', 'fr', '', undefined, null]) expect(asUiLanguage(other)).toBe('en');
  });
});
