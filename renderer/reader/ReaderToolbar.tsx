import { useTranslation } from 'react-i18next';
import { FONT_SIZE_RANGE, VIEW_MODES, type Preferences, type ViewMode } from '../../contract/model';
import type { ReaderPanel } from './ReaderView';
import { ChineseScriptToggle } from '../script/ChineseScriptToggle';
import { TermToggle } from './terms/TermToggle';

const VIEW_LABEL_KEYS: Record<ViewMode, string> = { both: 'reader.viewBoth', zh: 'reader.viewZh', en: 'reader.viewEn' };

interface ReaderToolbarProps {
  preferences: Preferences;
  onChange(patch: Partial<Preferences>): void;
  annotationCount: number;
  /** Sentence links under LOW_CONFIDENCE that no person corrected. */
  linksToCheck: number;
  panel: ReaderPanel | null;
  onTogglePanel(panel: ReaderPanel): void;
  /** Below 1100 px the outline folds away; this opens it over the text. */
  outlineOpen: boolean;
  onToggleOutline(): void;
  /** Caret mode (F7): a caret the arrows move through the text, Shift+arrows select with. */
  caretMode: boolean;
  onToggleCaret(): void;
  /** The alignment editor's mode, for an imported document; null for a bundled one. */
  alignmentEditing: { on: boolean; toggle(): void } | null;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { preferences, onChange, annotationCount, linksToCheck, panel, onTogglePanel, outlineOpen, onToggleOutline, caretMode, onToggleCaret, alignmentEditing } = props;
  const { t } = useTranslation();
  const size = preferences.fontSize;
  const leftAfterSwap = t(`textLanguage.${preferences.swapSides ? 'zh' : 'en'}`);
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('reader.toolbarLabel')}>
      <button type="button" className="button outline-toggle" aria-expanded={outlineOpen} aria-controls="reader-outline" onClick={onToggleOutline}>
        {t('reader.outline')}
      </button>
      <fieldset className="segmented">
        <legend>{t('reader.viewMode')}</legend>
        {VIEW_MODES.map((mode) => (
          <label key={mode} className={preferences.viewMode === mode ? 'is-selected' : undefined}>
            <input
              type="radio"
              name="view-mode"
              value={mode}
              checked={preferences.viewMode === mode}
              onChange={() => onChange({ viewMode: mode })}
            />
            {t(VIEW_LABEL_KEYS[mode])}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button swap-sides"
        aria-pressed={preferences.swapSides}
        disabled={preferences.viewMode !== 'both'}
        title={t('reader.swapSidesHint', { left: leftAfterSwap })}
        onClick={() => onChange({ swapSides: !preferences.swapSides })}
      >
        {t('reader.swapSides')}
      </button>
      <ChineseScriptToggle onChange={(chineseScript) => onChange({ chineseScript })} />
      <div className="font-size" role="group" aria-label={t('reader.fontSize')}>
        <span className="font-size-label">{t('reader.fontSize')}</span>
        <button
          type="button"
          className="button"
          title={t('reader.fontSmaller')}
          disabled={size <= FONT_SIZE_RANGE.min}
          onClick={() => onChange({ fontSize: size - FONT_SIZE_RANGE.step })}
        >
          <span aria-hidden="true">{t('reader.fontSmallerGlyph')}</span>
          <span className="visually-hidden">{t('reader.fontSmaller')}</span>
        </button>
        <output className="font-size-value" aria-live="polite">
          {t('reader.fontSizeValue', { size })}
        </output>
        <button
          type="button"
          className="button"
          title={t('reader.fontLarger')}
          disabled={size >= FONT_SIZE_RANGE.max}
          onClick={() => onChange({ fontSize: size + FONT_SIZE_RANGE.step })}
        >
          <span aria-hidden="true">{t('reader.fontLargerGlyph')}</span>
          <span className="visually-hidden">{t('reader.fontLarger')}</span>
        </button>
      </div>
      <button type="button" className="button caret-toggle" aria-pressed={caretMode} title={t('caret.toggleHint')} aria-keyshortcuts="F7" onClick={onToggleCaret}>
        {t('caret.toggle')}
      </button>
      <TermToggle />
      <button type="button" className="button annotations-toggle" data-panel-toggle="annotations" aria-expanded={panel === 'annotations'} onClick={() => onTogglePanel('annotations')}>
        {t('annotations.toggle', { count: annotationCount })}
      </button>
      <button
        type="button"
        className="button panel-toggle links-to-check-toggle"
        data-panel-toggle="links"
        data-count={linksToCheck}
        aria-expanded={panel === 'links'}
        title={t('sentences.checkToggleHint')}
        onClick={() => onTogglePanel('links')}
      >
        {t('sentences.checkToggle', { count: linksToCheck })}
      </button>
      {alignmentEditing && (
        <button type="button" className="button alignment-edit-toggle" aria-pressed={alignmentEditing.on} title={t('reader.editAlignmentHint')} onClick={alignmentEditing.toggle}>
          {t('reader.editAlignment')}
        </button>
      )}
    </div>
  );
}
