import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cellTextOf, makeFocusable, offsetOf, placeCaret, rowTexts } from './textPoints';
import { firstRowInView } from '../rowKeyboard';

/**
 * Caret mode, as in browsers (F7): a caret the arrow keys move through the
 * text, and Shift+arrows select with, so that text can be chosen and annotated
 * without a mouse. It is the user's Selection itself, collapsed, so the
 * selection toolbar and its keys work on it exactly as on a mouse selection;
 * the text is never made editable.
 */
export function useCaretMode(rootRef: RefObject<HTMLElement | null>, announce: (message: string) => void): { on: boolean; toggle(): void } {
  const { t } = useTranslation();
  const [on, setOn] = useState(false);
  const toggle = useCallback(() => setOn((was) => !was), []);
  const first = useRef(true);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = rootRef.current;
    if (on && root) enterText(root);
    if (!on) leaveText();
    announce(t(on ? 'caret.on' : 'caret.off'));
  }, [on, rootRef, announce, t]);

  return { on, toggle };
}

/**
 * Where the caret starts: at the part of a row that has the focus, else in a
 * selection already made in the text, else at the find bar's current hit,
 * else at the first paragraph in view.
 */
function enterText(root: HTMLElement): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const row = active && root.contains(active) ? active.closest('[data-segment-id]') : null;
  if (active && row) {
    const text = cellTextOf(active) ?? rowTexts(row)[0];
    if (text) placeCaret(text, text.contains(active) && text !== active ? offsetOf(text, active, 0) : 0);
    return;
  }
  const selected = cellTextOf(window.getSelection()?.focusNode);
  if (selected && root.contains(selected)) {
    makeFocusable(selected);
    selected.focus({ preventScroll: true });
    return;
  }
  const hit = root.querySelector('mark[data-hit="current"]');
  const hitText = cellTextOf(hit);
  if (hit && hitText) return placeCaret(hitText, offsetOf(hitText, hit, 0));
  const inView = firstRowInView(root);
  const text = inView ? rowTexts(inView)[0] : undefined;
  if (text) placeCaret(text, 0);
}

/** Leaving caret mode, the focus goes from the text to its row's tab stop. */
function leaveText(): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !active.matches('.cell-text')) return;
  active.closest('[data-segment-id]')?.querySelector<HTMLElement>('.segment-number')?.focus();
}
