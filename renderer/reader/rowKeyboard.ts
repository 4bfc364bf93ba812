import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { caretMotion, caretText, moveCaret, selectText } from './caret/caretKeys';
import { cellTextOf, offsetOf, placeCaret, rowTexts } from './caret/textPoints';
import type { SentencePairStore } from './sentences/sentencePairStore';
import { focusSentence } from './sentences/useSentenceInteractions';
import { siblingRow } from './virtual/rowWindow';

/**
 * The reader's keyboard, one tab stop per row (issue "Usable by everyone":
 * crossing the national plan took about 300 Tabs). Each row's tab stop is its
 * paragraph number; the row's other parts (copy-link button, sentences,
 * marked terms, highlights, review flag) are reached with the arrows:
 * - ← / → the part before or after, in reading order; Home / End the first or last;
 * - ↑ / ↓ the row before or after;
 * - Ctrl+A selects the text of the column in focus, not the whole page;
 * - in caret mode (F7) the arrows, Home and End move the caret instead, Shift selects.
 * Alt+arrows stay the sentence keys (useSentenceInteractions).
 */
export function useReaderKeyboard(rootRef: RefObject<HTMLElement | null>, store: SentencePairStore, caretOn: boolean): void {
  const latest = useRef({ store, caretOn });
  useLayoutEffect(() => {
    latest.current = { store, caretOn };
  });
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const row = target?.closest<HTMLElement>('[data-segment-id]');
      if (event.defaultPrevented || !target || !row) return;
      const handled = selectAllKey(event, target, row) || (latest.current.caretOn && caretKey(event, target, row)) || partKey(event, target, row, root, latest.current.store);
      if (handled) event.preventDefault();
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [rootRef]);
}

const PARTS = '.segment-number, .copy-link, [data-sentence], .term-mark[data-term-start], .annotation[data-annotation-start], .review-flag > summary';

/** The row's tab stop. */
export function rowTabStop(row: Element | null | undefined): HTMLElement | null {
  return row?.querySelector<HTMLElement>('.segment-number') ?? null;
}

/** The first row of which a good part shows below the sticky column headers (not just its last line). */
export function firstRowInView(root: HTMLElement): HTMLElement | null {
  const top = root.querySelector('.column-headers')?.getBoundingClientRect().bottom ?? 0;
  const rows = root.querySelectorAll<HTMLElement>('[data-segment-id]');
  for (const row of rows) {
    const box = row.getBoundingClientRect();
    if (box.bottom - Math.max(box.top, top) >= Math.min(48, box.height / 2)) return row;
  }
  return rows[0] ?? null;
}

function selectAllKey(event: KeyboardEvent, target: HTMLElement, row: HTMLElement): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'a') return false;
  const text = cellTextOf(target) ?? rowTexts(row)[0];
  if (!text) return false;
  selectText(text);
  return true;
}

function caretKey(event: KeyboardEvent, target: HTMLElement, row: HTMLElement): boolean {
  const motion = caretMotion(event);
  if (!motion) return false;
  const text = cellTextOf(target) ?? rowTexts(row)[0];
  if (!text) return false;
  if (caretText() === text && document.activeElement === text) {
    moveCaret(text, motion, event.shiftKey);
  } else {
    // The first arrow from a row's part puts the caret at that part.
    placeCaret(text, text.contains(target) && text !== target ? offsetOf(text, target, 0) : 0);
  }
  return true;
}

function partKey(event: KeyboardEvent, target: HTMLElement, row: HTMLElement, root: HTMLElement, store: SentencePairStore): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    // The next row is rendered first if it was not (virtual/).
    const stop = rowTabStop(siblingRow(row, event.key === 'ArrowDown' ? 1 : -1));
    stop?.focus();
    return stop !== null;
  }
  const parts = [...row.querySelectorAll<HTMLElement>(PARTS)];
  const at = parts.indexOf(target);
  const index = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: parts.length - 1 }[event.key];
  if (index === undefined) return false;
  const part = parts[Math.max(0, Math.min(parts.length - 1, index))];
  if (!part || part === target) return true;
  if (part.dataset.sentence !== undefined) focusSentence(root, store, part.dataset.sentence);
  else part.focus();
  return true;
}
