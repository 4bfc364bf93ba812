import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINESE_SCRIPTS, type ChineseScript } from '../../contract/model';
import { useChineseScript } from './chineseScriptDisplay';

/** Settings: the script Chinese document text is shown in, apart from the interface language. */
export function ChineseScriptSection({ onChange }: { onChange(script: ChineseScript): void }) {
  const { t } = useTranslation();
  const { script } = useChineseScript();
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('script.settingsHeading')}</h2>
      <p className="muted" id={`${id}-explain`}>
        {t('script.settingsExplain')}
      </p>
      <fieldset className="segmented chinese-script-choice" aria-describedby={`${id}-explain`}>
        <legend>{t('script.settingsLabel')}</legend>
        {CHINESE_SCRIPTS.map((choice) => (
          <label key={choice} className={script === choice ? 'is-selected' : undefined}>
            <input type="radio" name="chinese-script-setting" value={choice} checked={script === choice} onChange={() => onChange(choice)} />
            {t(`script.name.${choice}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
