import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../contract/annotations';
import { ColourSwatches } from './ColourSwatches';
import type { TextSelection } from './useTextSelection';
import { popoverPosition } from './popoverPosition';

interface SelectionToolbarProps {
  selection: TextSelection;
  lastColour: HighlightColour;
  /** An orphan waiting for new text: the toolbar offers to attach it here instead. */
  reattaching: boolean;
  onHighlight(colour: HighlightColour): void;
  onCompose(focus: 'note' | 'tags'): void;
  onReattach(): void;
  onCancelReattach(): void;
}

/**
 * Appears above a selection in the reader. Keys while it shows: 1–5 highlight
 * in that colour, H in the last colour used, N adds a note, T adds tags.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { onHighlight, onCompose, lastColour, reattaching } = props;

  useEffect(() => {
    if (reattaching) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      const index = Number.parseInt(key, 10);
      if (index >= 1 && index <= HIGHLIGHT_COLOURS.length) onHighlight(HIGHLIGHT_COLOURS[index - 1]);
      else if (key === 'h') onHighlight(lastColour);
      else if (key === 'n') onCompose('note');
      else if (key === 't') onCompose('tags');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHighlight, onCompose, lastColour, reattaching]);

  const style = popoverPosition(props.selection.rect, { width: reattaching ? 260 : 330, height: 44 }, 'above');
  return (
    <div ref={ref} className="selection-toolbar" role="toolbar" aria-label={t('annotations.toolbarLabel')} style={style}>
      {reattaching ? (
        <>
          <button type="button" className="button button-primary" onMouseDown={(e) => e.preventDefault()} onClick={props.onReattach}>
            {t('annotations.attachHere')}
          </button>
          <button type="button" className="button button-quiet" onClick={props.onCancelReattach}>
            {t('annotations.cancel')}
          </button>
        </>
      ) : (
        <>
          <ColourSwatches value={null} onChoose={onHighlight} showKeys />
          <span className="toolbar-divider" aria-hidden="true" />
          <button type="button" className="button button-quiet" title={t('annotations.addNoteKey')} onMouseDown={(e) => e.preventDefault()} onClick={() => onCompose('note')}>
            {t('annotations.addNote')}
          </button>
          <button type="button" className="button button-quiet" title={t('annotations.addTagsKey')} onMouseDown={(e) => e.preventDefault()} onClick={() => onCompose('tags')}>
            {t('annotations.addTags')}
          </button>
        </>
      )}
    </div>
  );
}
