import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { revealRow } from '../reader/virtual/rowWindow';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLOURS, type Annotation, type HighlightColour } from '../../contract/annotations';
import { useCommands } from '../commands/CommandsProvider';
import { ErrorMessage } from '../components/ErrorMessage';
import { AnnotationEditor, type AnnotationDraft } from './AnnotationEditor';
import { SelectionToolbar } from './SelectionToolbar';
import { UndoToast } from './UndoToast';
import type { DocumentAnnotations } from './useAnnotations';
import { useTextSelection, type TextSelection } from './useTextSelection';
import { useUndoableDelete } from './useUndoableDelete';
import { returnFocus } from '../components/returnFocus';
import { cellTextFor, placeCaret } from '../reader/caret/textPoints';

type Rect = TextSelection['rect'];

type Editing =
  | { mode: 'new'; selection: TextSelection; focus: 'note' | 'tags' }
  | { mode: 'edit'; annotation: Annotation; rect: Rect; focus: 'note' | 'tags' };

/** What the reader asks of the layer: open an annotation, delete one, re-attach an orphan. */
export interface AnnotationLayerState {
  openEditor(annotation: Annotation, rect: Rect): void;
  deleteWithUndo(id: string): void;
  startReattach(annotation: Annotation): void;
}

/**
 * Scrolls an annotation (or, for an orphan, its paragraph) into view and flashes it; returns its element. The reader
 * asks for the highlights of the rows near the viewport only: far away, the row comes first, and the highlight once
 * its annotations have arrived, a few frames later.
 */
export function jumpToAnnotation(annotation: Annotation): HTMLElement | null {
  // Its row may not be rendered (the reader renders the rows near the viewport): bring it in first.
  const row = revealRow(annotation.target.segmentId);
  const highlight = () => annotation.placement.status === 'anchored'
    ? document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(annotation.id)}"][data-annotation-start]`)
    : row;
  const element = highlight();
  if (element) return flash(element);
  if (!row) return null;
  row.scrollIntoView({ block: 'center', behavior: 'instant' });
  let frames = 0;
  const wait = () => {
    const arrived = highlight();
    if (arrived) flash(arrived);
    else if (++frames < 120) requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
  return row;
}

function flash(element: HTMLElement): HTMLElement {
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  element.classList.remove('is-flashing');
  void element.offsetWidth; // restart the animation
  element.classList.add('is-flashing');
  if (element.hasAttribute('tabindex')) element.focus({ preventScroll: true });
  return element;
}

/**
 * Everything annotating adds on top of the reader's text: the toolbar over a
 * selection, the editor, the undo notice after a delete, and re-attaching an
 * orphan to text the user selects.
 */
interface ReaderAnnotationLayerProps {
  rowsRef: React.RefObject<HTMLElement | null>;
  annotations: DocumentAnnotations;
  /** Tools of other features shown in the selection toolbar, after the annotating ones. */
  selectionTools?(selection: TextSelection): ReactNode;
}

export const ReaderAnnotationLayer = forwardRef<AnnotationLayerState, ReaderAnnotationLayerProps>(
  function ReaderAnnotationLayer({ rowsRef, annotations, selectionTools }, ref) {
    const { t } = useTranslation();
    const [selection, clearSelection] = useTextSelection(rowsRef);
    const [editing, setEditing] = useState<Editing | null>(null);
    const [lastColour, setLastColour] = useState<HighlightColour>('yellow');
    const [reattaching, setReattaching] = useState<Annotation | null>(null);
    const [busy, setBusy] = useState(false);
    const undo = useUndoableDelete(annotations);
    const back = useFocusBack(annotations.bySegment);

    useImperativeHandle(
      ref,
      () => ({
        openEditor: (annotation, rect) => {
          back.remember({ element: document.activeElement, annotation });
          setEditing({ mode: 'edit', annotation, rect, focus: 'note' });
        },
        deleteWithUndo: (id) => void undo.deleteWithUndo(id),
        startReattach: (annotation) => {
          setEditing(null);
          setReattaching(annotation);
        },
      }),
      [undo, back],
    );

    const highlight = useCallback(
      async (colour: HighlightColour) => {
        if (!selection) return;
        setLastColour(colour);
        setBusy(true);
        const created = await annotations.create({ ...selectionTarget(selection), colour });
        setBusy(false);
        if (created) back.toText(selection, true);
      },
      [annotations, selection, back],
    );
    const compose = useCallback(
      (focus: 'note' | 'tags') => {
        if (!selection) return;
        back.remember({ text: selection });
        setEditing({ mode: 'new', selection, focus });
      },
      [selection, back],
    );
    const closeEditor = (stored = false) => {
      setEditing(null);
      back.go(stored);
    };
    // The selection toolbar's keys, for the command palette: there while the toolbar is.
    const onSelection = () => selection !== null && !editing && !reattaching && !busy;
    useCommands({
      ...Object.fromEntries(HIGHLIGHT_COLOURS.map((colour) => [`annotate.highlight.${colour}`, { run: () => void highlight(colour), enabled: onSelection }])),
      'annotate.highlightLast': { run: () => void highlight(lastColour), enabled: onSelection },
      'annotate.note': { run: () => compose('note'), enabled: onSelection },
      'annotate.tags': { run: () => compose('tags'), enabled: onSelection },
    });

    const save = async (draft: AnnotationDraft) => {
      if (!editing) return;
      setBusy(true);
      const stored =
        editing.mode === 'new'
          ? await annotations.create({ ...selectionTarget(editing.selection), ...draft })
          : await annotations.update({ id: editing.annotation.id, ...draft });
      setBusy(false);
      if (!stored) return;
      setLastColour(draft.colour);
      closeEditor(true);
    };

    const reattach = async () => {
      if (!reattaching || !selection) return;
      const stored = await annotations.reattach({ id: reattaching.id, ...selectionTarget(selection) });
      if (stored) {
        setReattaching(null);
        clearSelection();
      }
    };

    const knownTags = annotations.tags;
    return (
      <>
        {reattaching && (
          <div className="reattach-banner" role="status">
            <span>{t('annotations.reattachExplain', { quote: reattaching.target.quote.exact.slice(0, 80) })}</span>
            <button type="button" className="button button-quiet" onClick={() => setReattaching(null)}>
              {t('annotations.cancel')}
            </button>
          </div>
        )}
        {selection && !editing && (
          <SelectionToolbar
            selection={selection}
            lastColour={lastColour}
            reattaching={reattaching !== null}
            onHighlight={(colour) => void (busy ? null : highlight(colour))}
            onCompose={compose}
            onReattach={() => void reattach()}
            onCancelReattach={() => setReattaching(null)}
            onDismiss={() => back.toText(selection)}
          >
            {reattaching === null && selectionTools?.(selection)}
          </SelectionToolbar>
        )}
        {editing && (
          <AnnotationEditor
            key={editing.mode === 'edit' ? editing.annotation.id : `${editing.selection.segmentId}:${editing.selection.start}`}
            quote={editing.mode === 'edit' ? editing.annotation.target.quote.exact : editing.selection.exact}
            quoteLanguage={editing.mode === 'edit' ? editing.annotation.target.side : editing.selection.side}
            initial={
              editing.mode === 'edit'
                ? { colour: editing.annotation.colour, note: editing.annotation.note, tags: editing.annotation.tags }
                : { colour: lastColour, note: '', tags: [] }
            }
            focus={editing.focus}
            rect={editing.mode === 'edit' ? editing.rect : editing.selection.rect}
            knownTags={knownTags}
            existing={editing.mode === 'edit' ? { author: editing.annotation.author, updatedAt: editing.annotation.updatedAt } : undefined}
            busy={busy}
            onSave={(draft) => void save(draft)}
            onDelete={
              editing.mode === 'edit'
                ? () => {
                    void undo.deleteWithUndo(editing.annotation.id);
                    closeEditor();
                  }
                : undefined
            }
            onClose={() => closeEditor()}
          />
        )}
        {undo.pendingUndo && <UndoToast onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />}
        {annotations.error && (
          <div className="floating-error">
            <ErrorMessage error={annotations.error} onDismiss={annotations.clearError} />
          </div>
        )}
      </>
    );
  },
);

function selectionTarget(selection: TextSelection) {
  return { segmentId: selection.segmentId, side: selection.side, start: selection.start, end: selection.end, exact: selection.exact };
}

type FocusOrigin = { text: TextSelection } | { element: Element | null; annotation: Annotation };

/**
 * Where the focus goes back to when the toolbar or the editor closes: the
 * text, with the caret at the end of what was selected, or the highlight
 * (or list item) the editor was opened from; never the page's body. The
 * text is cut anew once a new highlight is listed, which loses the caret, so
 * that first redraw puts it back once.
 */
function useFocusBack(bySegment: DocumentAnnotations['bySegment']) {
  const origin = useRef<FocusOrigin | null>(null);
  const pendingCaret = useRef<TextSelection | null>(null);
  const [api] = useState(() => {
    /** `stored`: an annotation was just made there, and the text will be redrawn. */
    const toText = (selection: TextSelection, stored = false) => {
      const text = cellTextFor(selection.segmentId, selection.side);
      if (!text) return;
      placeCaret(text, selection.end);
      pendingCaret.current = stored ? selection : null;
    };
    const remember = (from: FocusOrigin) => {
      origin.current = from;
    };
    const go = (stored = false) => {
      const from = origin.current;
      origin.current = null;
      if (!from) return;
      if ('text' in from) return toText(from.text, stored);
      const id = CSS.escape(from.annotation.id);
      const row = `[data-segment-id="${CSS.escape(from.annotation.target.segmentId)}"]`;
      returnFocus(
        from.element,
        () => document.querySelector(`[data-annotation-id="${id}"][data-annotation-start]`),
        () => document.querySelector(`${row} .segment-number`),
      );
    };
    return { toText, remember, go };
  });
  useLayoutEffect(() => {
    const selection = pendingCaret.current;
    pendingCaret.current = null;
    const text = selection && cellTextFor(selection.segmentId, selection.side);
    if (selection && text && document.activeElement === text) placeCaret(text, selection.end);
  }, [bySegment]);
  return api;
}
