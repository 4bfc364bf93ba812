import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHOR_MAX_LENGTH } from '../../contract/annotations';
import type { Preferences } from '../../contract/model';
import { BackupFileSection } from './BackupFileSection';
import { BackupsSection } from './BackupsSection';
import { SecondFolderSection } from './SecondFolderSection';
import { ThemeSection } from './ThemeSection';
import { ChineseScriptSection } from '../script/ChineseScriptSection';
import { CitationStyleSection } from '../briefing/CitationStyleSection';

interface SettingsViewProps {
  preferences: Preferences;
  onPreferencesChange(patch: Partial<Preferences>): Promise<void>;
}

/** The author name recorded on annotations, the theme, and the backups of the user's data: on this computer, in files, in a second folder. */
export function SettingsView({ preferences, onPreferencesChange }: SettingsViewProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const [name, setName] = useState(preferences.authorName);
  const [saved, setSaved] = useState(false);
  useEffect(() => setName(preferences.authorName), [preferences.authorName]);

  return (
    <div className="settings-view">
      <h1>{t('settings.title')}</h1>
      <section className="settings-section" aria-labelledby={`${nameId}-heading`}>
        <h2 id={`${nameId}-heading`}>{t('settings.authorHeading')}</h2>
        <p className="muted">{t('settings.authorExplain')}</p>
        <form
          className="settings-row"
          onSubmit={(event) => {
            event.preventDefault();
            void onPreferencesChange({ authorName: name.trim() }).then(() => setSaved(true));
          }}
        >
          <label htmlFor={nameId}>{t('settings.authorLabel')}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={AUTHOR_MAX_LENGTH}
            onChange={(event) => {
              setName(event.target.value);
              setSaved(false);
            }}
          />
          <button type="submit" className="button button-primary" disabled={name.trim() === preferences.authorName}>
            {t('settings.save')}
          </button>
          {saved && (
            <span className="muted" role="status">
              {t('settings.saved')}
            </span>
          )}
        </form>
      </section>
      <ThemeSection theme={preferences.theme} onChange={(theme) => void onPreferencesChange({ theme })} />
      <ChineseScriptSection onChange={(chineseScript) => void onPreferencesChange({ chineseScript })} />
      <CitationStyleSection value={preferences.citationStyle} onChange={(citationStyle) => void onPreferencesChange({ citationStyle })} />
      <BackupsSection />
      <BackupFileSection />
      <SecondFolderSection />
    </div>
  );
}
