import { useTranslation } from 'react-i18next';
import { CHINESE_SCRIPTS, type ChineseScript } from '../../contract/model';
import { useChineseScript } from './chineseScriptDisplay';

/** The glyph each choice is shown by, in its own script, whatever the interface language. */
const GLYPH_LANG: Record<ChineseScript, string> = { simplified: 'zh-CN', traditional: 'zh-TW' };

/** 简 / 繁 in the reader's toolbar: how the Chinese text is shown, nothing else. */
export function ChineseScriptToggle({ onChange }: { onChange(script: ChineseScript): void }) {
  const { t } = useTranslation();
  const { script } = useChineseScript();
  return (
    <fieldset className="segmented chinese-script-toggle" title={t('script.hint')}>
      <legend>{t('script.toolbarLabel')}</legend>
      {CHINESE_SCRIPTS.map((choice) => (
        <label key={choice} className={script === choice ? 'is-selected' : undefined}>
          <input type="radio" name="chinese-script" value={choice} checked={script === choice} onChange={() => onChange(choice)} />
          <span lang={GLYPH_LANG[choice]}>{t(`script.glyph.${choice}`)}</span>
          <span className="visually-hidden">{t(`script.name.${choice}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
