import { useLayoutEffect, useRef, type ReactNode } from 'react';
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
  /** Esc: the toolbar goes, the caret stays at the selection's end, the focus back in the text. */
  onDismiss(): void;
  /** More tools after the annotating ones (the reader's "Copy as citation" and "Add as term"). */
  children?: ReactNode;
}

/**
 * Appears above a selection in the reader. Keys while it shows: 1–5 highlight
 * in that colour, H in the last colour used, N adds a note, T adds tags; Tab
 * from the text moves into the toolbar (← / → then go along it), Esc leaves it.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { onHighlight, onCompose, onDismiss, lastColour, reattaching } = props;

  // Listening from before the toolbar is painted: a key pressed as soon as it shows is never lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        return onDismiss();
      }
      if (event.key === 'Tab' && !event.shiftKey && target?.closest('.segment-rows')) {
        event.preventDefault();
        return ref.current?.querySelector<HTMLElement>('button')?.focus();
      }
      if (reattaching) return;
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
  }, [onHighlight, onCompose, onDismiss, lastColour, reattaching]);

  // With the reader's tools (citation, pack, term) the toolbar is wide; a narrow window wraps it.
  const width = reattaching ? 260 : props.children ? Math.min(820, window.innerWidth - 16) : 330;
  const style = popoverPosition(props.selection.rect, { width, height: 44 }, 'above');
  return (
    <div ref={ref} className="selection-toolbar" role="toolbar" aria-label={t('annotations.toolbarLabel')} style={style} onKeyDown={moveAlong}>
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
          {props.children}
        </>
      )}
    </div>
  );
}

/** ← / → (and Home / End) go from button to button along the toolbar, as in any toolbar. */
function moveAlong(event: React.KeyboardEvent<HTMLElement>): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button')];
  const at = buttons.indexOf(event.target as HTMLElement);
  const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (at < 0 || to === undefined) return;
  event.preventDefault();
  buttons[(to + buttons.length) % buttons.length]?.focus();
}
