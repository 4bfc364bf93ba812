import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../contract/languages';

const SYSTEM = 'system';

export function LanguageSwitcher(props: {
  preference: UiLanguage | null;
  systemLanguage: UiLanguage;
  onChange(language: UiLanguage | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.languageLabel')}</label>
      <select
        id={id}
        value={props.preference ?? SYSTEM}
        onChange={(event) => props.onChange(event.target.value === SYSTEM ? null : (event.target.value as UiLanguage))}
      >
        <option value={SYSTEM}>{t('app.languageSystem', { language: t(`app.languages.${props.systemLanguage}`) })}</option>
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`app.languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
