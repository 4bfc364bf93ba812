import { siblingRow } from '../virtual/rowWindow';
import { cellTextOf, placeCaret, revealCaret, rowTexts, sideOf } from './textPoints';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';
interface Motion {
  direction: 'forward' | 'backward';
  granularity: Granularity | 'text';
}

/** What a key does to the caret: arrows by character (Ctrl: word) or line, Home/End to the line's ends (Ctrl: the text's). */
export function caretMotion(event: KeyboardEvent): Motion | null {
  if (event.altKey || event.metaKey) return null;
  const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'End';
  const direction = forward ? 'forward' : 'backward';
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return { direction, granularity: event.ctrlKey ? 'word' : 'character' };
    case 'ArrowUp':
    case 'ArrowDown':
      return event.ctrlKey ? null : { direction, granularity: 'line' };
    case 'Home':
    case 'End':
      return { direction, granularity: event.ctrlKey ? 'text' : 'lineboundary' };
    default:
      return null;
  }
}

/**
 * Moves the caret, or with Shift extends the selection, inside the column
 * text that has it, with the browser's own Selection.modify: it knows lines,
 * words (Chinese ones too) and bidirectional text. A selection never leaves its
 * text (a highlight belongs to one side of one paragraph); the caret going up
 * or down past the text's first or last line goes on into the same column of
 * the row before or after.
 */
export function moveCaret(text: HTMLElement, motion: Motion, extend: boolean): void {
  const selection = window.getSelection();
  if (!selection || !selection.anchorNode || !selection.focusNode) return;
  const anchor = { node: selection.anchorNode, offset: selection.anchorOffset };
  const focus = { node: selection.focusNode, offset: selection.focusOffset };
  const alter = extend ? 'extend' : 'move';
  if (motion.granularity === 'text') {
    const end = document.createRange();
    end.selectNodeContents(text);
    end.collapse(motion.direction === 'backward');
    if (extend) selection.setBaseAndExtent(anchor.node, anchor.offset, end.startContainer, end.startOffset);
    else selection.collapse(end.startContainer, end.startOffset);
    revealCaret();
    return;
  }
  selection.modify(alter, motion.direction, motion.granularity);
  if (selection.focusNode && text.contains(selection.focusNode)) {
    revealCaret();
    return;
  }
  // It left the text: put it back, and a plain move up or down goes on to the next row.
  selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  if (extend || motion.granularity !== 'line') return;
  const next = neighbourText(text, motion.direction === 'forward' ? 1 : -1);
  if (next) placeCaret(next, motion.direction === 'forward' ? 0 : (next.textContent ?? '').length);
}

/** The same column's text in the nearest row before or after that has one. */
function neighbourText(text: HTMLElement, step: 1 | -1): HTMLElement | null {
  const side = sideOf(text);
  let row: Element | null = text.closest('[data-segment-id]');
  while (row) {
    // Rendered first if it was not (virtual/).
    row = siblingRow(row, step);
    if (!row) return null;
    const found = rowTexts(row).find((candidate) => sideOf(candidate) === side);
    if (found) return found;
  }
  return null;
}

/** Selects the whole of one column text (Ctrl+A in a paragraph, instead of the whole page). */
export function selectText(text: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(text);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** The column text the caret (the selection's moving end) is in. */
export function caretText(): HTMLElement | null {
  return cellTextOf(window.getSelection()?.focusNode);
}
