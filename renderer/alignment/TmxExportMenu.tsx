import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TMX_LEVELS, type TmxLevel } from '../../contract/alignment';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { useCommands } from '../commands/CommandsProvider';
import { downloadExportFile } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';

/** "Export TMX": the document as a translation memory, sentence by sentence or paragraph by paragraph. */
export function TmxExportMenu({ documentId }: { documentId: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState<TmxLevel | null>(null);
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

  const exportAt = async (level: TmxLevel) => {
    setError(null);
    setWorking(level);
    const result = await api.exportTmx({ documentId, level });
    setWorking(null);
    if (!result.ok) return setError(result.error);
    downloadExportFile(result.value);
    close(true);
  };

  useCommands(Object.fromEntries(TMX_LEVELS.map((level) => [`reader.exportTmx.${level}`, { run: () => void exportAt(level), enabled: () => working === null }])));

  return (
    <div className="tmx-export">
      <details ref={menu} className="tmx-export-menu" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="button">{t('tmx.export')}</summary>
        <div className="tmx-export-panel" role="group" aria-label={t('tmx.menuLabel')}>
          <p className="muted">{t('tmx.intro')}</p>
          {TMX_LEVELS.map((level) => (
            <button
              key={level}
              type="button"
              className="button tmx-export-choice"
              data-tmx-level={level}
              disabled={working !== null}
              onClick={() => void exportAt(level)}
            >
              <span className="tmx-export-choice-title">{working === level ? t('tmx.working') : t(`tmx.level.${level}`)}</span>
              <span className="tmx-export-choice-hint">{t(`tmx.levelHint.${level}`)}</span>
            </button>
          ))}
        </div>
      </details>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
