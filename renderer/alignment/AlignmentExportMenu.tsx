import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALIGNMENT_EXPORT_FORMATS, ALIGNMENT_LEVELS, type AlignmentExportFormat, type AlignmentLevel } from '../../contract/alignment';
import { asUiLanguage } from '../../contract/languages';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { useCommands } from '../commands/CommandsProvider';
import { downloadBase64File } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';

/**
 * "Export alignment": the document's Chinese and English side by side as TMX, two-column CSV or a Word table,
 * a row per sentence link or per paragraph. Native radios, checkbox and buttons, so the keyboard reaches all of it.
 */
export function AlignmentExportMenu({ documentId }: { documentId: string }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState<AlignmentLevel>('sentence');
  const [markLowConfidence, setMarkLowConfidence] = useState(true);
  const [working, setWorking] = useState<AlignmentExportFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const close = (focusSummary: boolean) => {
    if (menu.current) menu.current.open = false;
    if (focusSummary) menu.current?.querySelector('summary')?.focus();
  };

  // Escape or a click elsewhere closes the menu, as any menu does; focus may be anywhere once a choice was clicked.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close(true);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);

  const exportAs = async (format: AlignmentExportFormat) => {
    setError(null);
    setWorking(format);
    const result = await api.exportAlignment({ documentId, format, level, language: asUiLanguage(i18n.language), markLowConfidence });
    setWorking(null);
    if (!result.ok) return setError(result.error);
    downloadBase64File(result.value.fileName, result.value.mimeType, result.value.contentBase64);
    close(true);
  };

  useCommands(
    Object.fromEntries(ALIGNMENT_EXPORT_FORMATS.map((format) => [`reader.exportAlignment.${format}`, { run: () => void exportAs(format), enabled: () => working === null }])),
  );

  return (
    <div className="alignment-export">
      <details ref={menu} className="alignment-export-menu" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="button">{t('alignmentExport.export')}</summary>
        <div className="alignment-export-panel" role="group" aria-label={t('alignmentExport.menuLabel')}>
          <p className="muted">{t('alignmentExport.intro')}</p>
          <fieldset className="alignment-export-levels">
            <legend>{t('alignmentExport.levelLegend')}</legend>
            {ALIGNMENT_LEVELS.map((value) => (
              <label key={value}>
                <input type="radio" name={`alignment-level-${documentId}`} value={value} checked={level === value} onChange={() => setLevel(value)} />
                <span>
                  <span className="alignment-export-choice-title">{t(`alignmentExport.level.${value}`)}</span>
                  <span className="alignment-export-choice-hint">{t(`alignmentExport.levelHint.${value}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="alignment-export-mark">
            <input type="checkbox" checked={markLowConfidence} onChange={(event) => setMarkLowConfidence(event.currentTarget.checked)} />
            <span>{t('alignmentExport.markLowConfidence')}</span>
          </label>
          <fieldset className="alignment-export-formats">
            <legend>{t('alignmentExport.formatLegend')}</legend>
            {ALIGNMENT_EXPORT_FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="button alignment-export-choice"
                data-format={format}
                disabled={working !== null}
                onClick={() => void exportAs(format)}
              >
                <span className="alignment-export-choice-title">{working === format ? t('alignmentExport.working') : t(`alignmentExport.format.${format}`)}</span>
                <span className="alignment-export-choice-hint">{t(`alignmentExport.formatHint.${format}`)}</span>
              </button>
            ))}
          </fieldset>
        </div>
      </details>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
