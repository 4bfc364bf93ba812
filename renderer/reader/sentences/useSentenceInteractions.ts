import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { revealRow } from '../virtual/rowWindow';
import { flushSync } from 'react-dom';
import type { TextLanguage } from '../../../contract/languages';
import { describeSentence, type Translate } from './describeSentence';
import { linkKeys, neighbour, otherSide, type SentenceIndex } from './sentenceIndex';
import type { SentencePairStore } from './sentencePairStore';

interface Options {
  index: SentenceIndex;
  store: SentencePairStore;
  /** The columns shown, left to right. */
  columns: readonly TextLanguage[];
  t: Translate;
}

/**
 * The pointer, focus, clicks and keys of every sentence, handled once on the
 * rows (event delegation) rather than by each sentence:
 * - hovering or focusing a sentence lights up its pair; a click pins the pair,
 *   a click on it again or elsewhere in the text (or Esc) unpins it;
 * - Alt+↓ / Alt+↑ move sentence by sentence in a column, across paragraphs;
 *   Alt+← / Alt+→ move to the linked sentence in the other column;
 *   Enter or Space pins the focused pair. Alt+↓ elsewhere in the reader
 *   enters the text at the paragraph in view.
 * These keys leave 1–5, H, N, T (annotating a selection), Ctrl+F, F3 and Ctrl+K alone.
 */
export function useSentenceInteractions(rootRef: RefObject<HTMLElement | null>, options: Options): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onPointerOver = (event: PointerEvent) => {
      const sentence = sentenceOf(event.target);
      latest.current.store.setPointer(sentence ? Number(sentence.dataset.link) : null);
    };
    const onPointerLeave = () => latest.current.store.setPointer(null);
    const onClick = (event: MouseEvent) => {
      const { store } = latest.current;
      const target = event.target as Element;
      if (!window.getSelection()?.isCollapsed) return; // the user is selecting text to annotate
      if (target.closest('a, button, summary, input, .annotation')) return;
      const sentence = sentenceOf(target);
      if (!sentence) return store.pin(null);
      const link = Number(sentence.dataset.link);
      store.pin(store.pinned === link ? null : link);
      store.setCursor(sentence.dataset.sentence ?? null);
    };
    const onFocusIn = (event: FocusEvent) => {
      const sentence = focusedSentence(event.target);
      if (!sentence) return;
      const { store, index, t } = latest.current;
      const key = sentence.dataset.sentence ?? '';
      store.setFocus(Number(sentence.dataset.link));
      store.setCursor(key);
      store.announce(describeSentence(t, index, key));
    };
    const onFocusOut = (event: FocusEvent) => {
      if (focusedSentence(event.target)) latest.current.store.setFocus(null);
    };
    root.addEventListener('pointerover', onPointerOver);
    root.addEventListener('pointerleave', onPointerLeave);
    root.addEventListener('click', onClick);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    const onKeyDown = (event: KeyboardEvent) => handleKey(event, root, latest.current);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('pointerover', onPointerOver);
      root.removeEventListener('pointerleave', onPointerLeave);
      root.removeEventListener('click', onClick);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [rootRef]);
}

function handleKey(event: KeyboardEvent, root: HTMLElement, { index, store, columns, t }: Options): void {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const sentence = focusedSentence(target);
  const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  if (event.key === 'Escape' && plain) {
    // Esc closes an editor or the find bar first; only then does it unpin.
    if (event.defaultPrevented || store.pinned === null || document.querySelector('[role="dialog"]') || isField(target)) return;
    store.pin(null);
    store.announce(t('sentences.unpinned'));
    return;
  }
  if (sentence && plain && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    const link = Number(sentence.dataset.link);
    store.pin(store.pinned === link ? null : link);
    store.announce(t(store.pinned === null ? 'sentences.unpinned' : 'sentences.pinned'));
    return;
  }
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !event.key.startsWith('Arrow')) return;
  if (!sentence) {
    // Entering the text: from a paragraph's own controls, or from anywhere in the reader but a field or a panel.
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (target && !isField(target) && (target === document.body || target.closest('.reader-main'))) {
      const row = target.closest<HTMLElement>('[data-segment-id]');
      const key = firstSentenceFrom(root, columns, row);
      if (!key) return;
      event.preventDefault();
      focusSentence(root, store, key);
    }
    return;
  }
  event.preventDefault(); // Alt+← and Alt+→ would otherwise go back and forward in the browser's history
  const key = sentence.dataset.sentence ?? '';
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = neighbour(index, key, event.key === 'ArrowDown' ? 1 : -1);
    if (next) focusSentence(root, store, next);
    else store.announce(t(event.key === 'ArrowDown' ? 'sentences.lastSentence' : 'sentences.firstSentence'));
    return;
  }
  const entry = index.entries.get(key);
  const link = entry ? index.links.get(entry.link) : undefined;
  if (!entry || !link) return;
  const other = otherSide(entry.side);
  const from = columns.indexOf(entry.side);
  const to = columns.indexOf(other);
  const language = t(`textLanguage.${other}`);
  if (to < 0) return store.announce(t('sentences.counterpartHidden', { language }));
  if (to > from !== (event.key === 'ArrowRight')) return;
  const counterpart = linkKeys(link, other)[0];
  if (counterpart) focusSentence(root, store, counterpart);
  else store.announce(t('sentences.noCounterpart', { language }));
}

/** Makes the sentence the cursor, then focuses it (its focus handler lights the pair and announces it). */
export function focusSentence(root: HTMLElement, store: SentencePairStore, key: string, block: ScrollLogicalPosition = 'nearest'): void {
  flushSync(() => store.setCursor(key));
  // The sentence's row may not be rendered yet (virtual/): sentence ids are `<segmentId>.s<n>`.
  const segmentId = /^[a-z]+\|(.+)\.s\d+$/.exec(key)?.[1];
  if (segmentId) revealRow(segmentId);
  const element = root.querySelector<HTMLElement>(`[data-sentence="${CSS.escape(key)}"]`);
  if (!element) return;
  // Only keys and lists move the focus here, so its ring always shows (the browser's guess would hide it after a click in a list).
  element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
  element.scrollIntoView({ block });
  // Rows render lazily (content-visibility): once those brought into view settle their heights, land again.
  if (block === 'center') requestAnimationFrame(() => requestAnimationFrame(() => element.scrollIntoView({ block })));
}

/**
 * Shows a link from a list: pins it, brings both its sides into view (between
 * the sticky headers and whatever panel covers the bottom) and focuses its
 * first sentence in the leftmost column that has one.
 */
export function showLink(root: HTMLElement, options: Pick<Options, 'index' | 'store' | 'columns'>, linkId: number): void {
  const link = options.index.links.get(linkId);
  if (!link) return;
  options.store.pin(linkId);
  const side = options.columns.find((column) => link[column].length > 0);
  if (!side) return;
  focusSentence(root, options.store, linkKeys(link, side)[0]);
  const selector = options.columns.flatMap((column) => linkKeys(link, column).map((key) => `[data-sentence="${CSS.escape(key)}"]`)).join(',');
  const centre = () => {
    const boxes = [...root.querySelectorAll(selector)].map((element) => element.getBoundingClientRect());
    if (boxes.length === 0) return;
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    const viewTop = root.querySelector('.column-headers')?.getBoundingClientRect().bottom ?? 0;
    const sheet = document.querySelector('.reader-panel');
    const viewBottom = sheet && getComputedStyle(sheet).position === 'fixed' ? sheet.getBoundingClientRect().top : window.innerHeight;
    // Centred when it fits; else its first line just under the headers.
    const shift = bottom - top < viewBottom - viewTop ? (top + bottom) / 2 - (viewTop + viewBottom) / 2 : top - viewTop - 16;
    window.scrollBy({ top: shift, behavior: 'instant' });
  };
  centre();
  requestAnimationFrame(() => requestAnimationFrame(centre));
}

/** The first sentence of `row`, or else of the first paragraph in view, in the leftmost column that has one. */
function firstSentenceFrom(root: HTMLElement, columns: readonly TextLanguage[], row: HTMLElement | null): string | null {
  const rows = row ? [row] : [...root.querySelectorAll<HTMLElement>('[data-segment-id]')];
  const top = root.querySelector('.column-headers')?.getBoundingClientRect().bottom ?? 0;
  for (const candidate of rows) {
    if (!row && candidate.getBoundingClientRect().bottom <= top) continue;
    for (const side of columns) {
      const sentence = candidate.querySelector<HTMLElement>(`.cell[data-side="${side}"] [data-sentence]`);
      if (sentence?.dataset.sentence) return sentence.dataset.sentence;
    }
  }
  return null;
}

function sentenceOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-sentence]') : null;
}

/** The sentence itself when it has the focus (not an annotation inside it). */
function focusedSentence(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement && target.dataset.sentence !== undefined ? target : null;
}

function isField(target: Element | null): boolean {
  return target?.closest('input, textarea, select, [contenteditable="true"]') != null;
}
