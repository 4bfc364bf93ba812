/**
 * Esc, Close or Save hands the focus back to where it came from, so that a
 * keyboard user goes on from there: to `element` when it is still on the
 * page, else to the first of `fallbacks` that finds one; never left on the
 * page's body, where the next Tab would start again from the top.
 */
export function returnFocus(element: Element | null | undefined, ...fallbacks: (() => Element | null | undefined)[]): void {
  const candidates = [() => element, ...fallbacks, () => document.getElementById('main')];
  for (const find of candidates) {
    const target = find();
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) {
      target.focus({ preventScroll: true });
      if (document.activeElement === target) return;
    }
  }
}
