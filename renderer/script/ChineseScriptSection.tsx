import { useTranslation } from 'react-i18next';
import { CHINESE_SCRIPTS, type ChineseScript } from '../../contract/model';
import { ChoiceSection } from '../settings/ChoiceSection';
import { useChineseScript } from './chineseScriptDisplay';

/** Settings: the script Chinese document text is shown in, apart from the interface language. */
export function ChineseScriptSection({ onChange }: { onChange(script: ChineseScript): void }) {
  const { t } = useTranslation();
  const { script } = useChineseScript();
  return (
    <ChoiceSection
      heading={t('script.settingsHeading')}
      explain={t('script.settingsExplain')}
      label={t('script.settingsLabel')}
      name="chinese-script-setting"
      className="chinese-script-choice"
      choices={CHINESE_SCRIPTS}
      value={script}
      labelOf={(choice) => t(`script.name.${choice}`)}
      onChange={onChange}
    />
  );
}
