/**
 * The stored text behind an element that shows it converted (Traditional
 * display): a selection's quote must be the stored text, which is what
 * annotations anchor to and exports carry. The two line up unit for unit.
 */
const storedTexts = new WeakMap<Element, string>();

export function rememberStoredText(element: Element | null, text: string): void {
  if (element) storedTexts.set(element, text);
}

export function storedTextOf(element: Element): string | undefined {
  return storedTexts.get(element);
}
