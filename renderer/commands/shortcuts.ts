/**
 * A key, with the modifiers it needs. `key` is KeyboardEvent.key ('k', 'F3', 'ArrowDown', '?'); Ctrl also
 * answers to ⌘ on a Mac, as the app's shortcuts always have.
 */
export interface Shortcut {
  key: string;
  ctrl?: true;
  shift?: true;
  alt?: true;
  /** Also works while typing in a text field (Ctrl+K, Ctrl+F, F3); plain keys never do. */
  inFields?: true;
}

/** A printable character other than a letter carries its Shift in itself ('?' is Shift+/ on many layouts). */
const carriesShift = (key: string) => key.length === 1 && key.toLowerCase() === key.toUpperCase();

export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, shortcut: Shortcut): boolean {
  if (event.key.toLowerCase() !== shortcut.key.toLowerCase()) return false;
  if ((event.ctrlKey || event.metaKey) !== Boolean(shortcut.ctrl) || event.altKey !== Boolean(shortcut.alt)) return false;
  return carriesShift(shortcut.key) || event.shiftKey === Boolean(shortcut.shift);
}

export function isTextField(target: EventTarget | null): boolean {
  const element = target as Partial<Element> | null;
  return typeof element?.closest === 'function' && element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

const KEY_GLYPHS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };
/** Keys whose names are words, shown in the interface language. */
const NAMED_KEYS = new Set(['Enter', 'Escape']);

/** The keys as a person presses them, e.g. ['Ctrl', 'Shift', 'P']; `t` names the modifiers in the interface language. */
export function shortcutKeys(shortcut: Shortcut, t: (key: string) => string): string[] {
  const keys: string[] = [];
  if (shortcut.ctrl) keys.push(t('commands.key.ctrl'));
  if (shortcut.shift) keys.push(t('commands.key.shift'));
  if (shortcut.alt) keys.push(t('commands.key.alt'));
  const { key } = shortcut;
  keys.push(KEY_GLYPHS[key] ?? (NAMED_KEYS.has(key) ? t(`commands.key.${key.toLowerCase()}`) : key.length === 1 ? key.toUpperCase() : key));
  return keys;
}
