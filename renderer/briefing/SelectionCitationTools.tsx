import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSelection } from '../annotations/useTextSelection';
import { useCommands } from '../commands/CommandsProvider';
import { useCopyCitation } from './useCopyCitation';

/**
 * "Copy as citation" and "Copy as Markdown" in the selection toolbar; C copies
 * as citation while the toolbar shows (as 1–5, H, N and T act there).
 */
export function SelectionCitationTools({ selection }: { selection: TextSelection }) {
  const { t } = useTranslation();
  const copy = useCopyCitation();
  const target = { segmentId: selection.segmentId, side: selection.side, start: selection.start, end: selection.end };
  const { segmentId, side, start, end } = target;
  // The palette's "Copy as citation", there while the toolbar is (the key itself is heard below).
  useCommands({ 'annotate.cite': { run: () => void copy(target) } });

  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== 'c') return;
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      void copy({ segmentId, side, start, end });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [copy, segmentId, side, start, end]);

  return (
    <>
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="button button-quiet copy-citation" title={t('citation.copyKey')} onMouseDown={(e) => e.preventDefault()} onClick={() => void copy(target)}>
        {t('citation.copy')}
      </button>
      <button
        type="button"
        className="button button-quiet copy-citation-markdown"
        aria-label={t('citation.copyMarkdown')}
        title={t('citation.copyMarkdown')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void copy(target, 'markdown')}
      >
        {t('citation.copyMarkdownShort')}
      </button>
    </>
  );
}
