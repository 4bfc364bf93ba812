import { useEffect, useState } from 'react';
import type { TextLanguage } from '../../contract/languages';
import { offsetOf } from '../reader/caret/textPoints';
import { storedTextOf } from '../script/storedText';

/** A selection inside one side of one segment, in offsets of that side's text. */
export interface TextSelection {
  segmentId: string;
  side: TextLanguage;
  start: number;
  end: number;
  exact: string;
  /** Where it is on screen, to place the toolbar beside it. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/**
 * Follows the user's selection within `root`. Only a selection that stays in
 * one cell's text counts: a highlight belongs to one side of one segment.
 * White space at either end is left out.
 */
export function useTextSelection(root: React.RefObject<HTMLElement | null>): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(currentSelection(root.current)));
    };
    document.addEventListener('selectionchange', read);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', read);
    };
  }, [root]);

  const clear = () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };
  return [selection, clear];
}

function currentSelection(root: HTMLElement | null): TextSelection | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const cellText = closestCellText(range.startContainer);
  if (!cellText || cellText !== closestCellText(range.endContainer) || !root.contains(cellText)) return null;
  const cell = cellText.closest<HTMLElement>('[data-side]');
  const row = cellText.closest<HTMLElement>('[data-segment-id]');
  if (!cell || !row) return null;

  const text = cellText.textContent ?? '';
  let start = offsetOf(cellText, range.startContainer, range.startOffset);
  let end = offsetOf(cellText, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  const box = range.getBoundingClientRect();
  return {
    segmentId: row.dataset.segmentId ?? '',
    side: cell.dataset.side === 'en' ? 'en' : 'zh',
    start,
    end,
    // The stored text, where the page shows it converted (Traditional): it lines up with what is shown.
    exact: (storedTextOf(cellText) ?? text).slice(start, end),
    rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
  };
}

function closestCellText(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('.cell-text') ?? null;
}
