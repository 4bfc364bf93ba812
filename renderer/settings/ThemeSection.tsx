import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../contract/model';
import { ChoiceSection } from './ChoiceSection';

interface ThemeSectionProps {
  theme: Theme;
  onChange(theme: Theme): void;
}

/** Light, dark, or whichever the system uses (followed live). */
export function ThemeSection({ theme, onChange }: ThemeSectionProps) {
  const { t } = useTranslation();
  return (
    <ChoiceSection
      heading={t('settings.appearanceHeading')}
      explain={t('settings.themeExplain')}
      label={t('settings.themeLabel')}
      name="theme"
      className="theme-choice"
      choices={THEMES}
      value={theme}
      labelOf={(choice) => t(`settings.theme.${choice}`)}
      onChange={onChange}
    />
  );
}
