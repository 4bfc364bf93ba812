import type { TextLanguage } from '../../../contract/languages';

/**
 * Where the caret and keyboard selections live: the text element (`.cell-text`)
 * of one column of one row. Offsets are characters of that element's text,
 * the same offsets a selection is stored in (see annotations/useTextSelection).
 */

/** The column text holding `node`, if any. */
export function cellTextOf(node: Node | null | undefined): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('.cell-text') ?? null;
}

/** The text of one side of one segment, when it is shown. */
export function cellTextFor(segmentId: string, side: TextLanguage): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId)}"] .cell[data-side="${side}"] .cell-text`);
}

/** The column texts of a row, left to right. */
export function rowTexts(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('.cell-text')];
}

/** The side a column text belongs to. */
export function sideOf(text: HTMLElement): TextLanguage | null {
  const side = text.closest<HTMLElement>('[data-side]')?.dataset.side;
  return side === 'zh' || side === 'en' ? side : null;
}

/** The DOM point `offset` characters into `element`'s text (clamped to its length). */
export function pointAt(element: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset <= seen + length) return { node, offset: Math.max(0, offset - seen) };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.textContent?.length ?? 0 } : { node: element, offset: 0 };
}

/** Characters of `element`'s text before the point (node, offset). */
export function offsetOf(element: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** Lets a column text take the focus without putting it in the tab order. */
export function makeFocusable(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
}

/**
 * Puts a collapsed selection (the caret) `offset` characters into a column
 * text, and the focus on that text, so the keys that follow act there.
 */
export function placeCaret(text: HTMLElement, offset: number): void {
  makeFocusable(text);
  if (document.activeElement !== text) text.focus({ preventScroll: true });
  const point = pointAt(text, offset);
  window.getSelection()?.collapse(point.node, point.offset);
  revealCaret();
}

/** Brings the caret's line into view, clear of the sticky toolbar and column headers. */
export function revealCaret(): void {
  const node = window.getSelection()?.focusNode;
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  element?.scrollIntoView({ block: 'nearest' });
}
