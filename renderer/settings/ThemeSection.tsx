import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../contract/model';

interface ThemeSectionProps {
  theme: Theme;
  onChange(theme: Theme): void;
}

/** Light, dark, or whichever the system uses (followed live). */
export function ThemeSection({ theme, onChange }: ThemeSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.appearanceHeading')}</h2>
      <p className="muted" id={`${id}-explain`}>
        {t('settings.themeExplain')}
      </p>
      <fieldset className="segmented theme-choice" aria-describedby={`${id}-explain`}>
        <legend>{t('settings.themeLabel')}</legend>
        {THEMES.map((choice) => (
          <label key={choice} className={theme === choice ? 'is-selected' : undefined}>
            <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => onChange(choice)} />
            {t(`settings.theme.${choice}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
