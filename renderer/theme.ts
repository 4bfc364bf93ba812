import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../contract/model';

/** What the page is painted in: the user's choice, or the system's when they chose 'system'. */
export type ColourScheme = 'light' | 'dark';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

export function colourScheme(theme: Theme, systemPrefersDark: boolean): ColourScheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

/** styles.css picks its palette from `data-theme` on the root element. */
export function showColourScheme(scheme: ColourScheme): void {
  document.documentElement.dataset.theme = scheme;
}

export function systemPrefersDark(): boolean {
  return window.matchMedia(SYSTEM_DARK).matches;
}

function onSystemSchemeChange(notify: () => void): () => void {
  const query = window.matchMedia(SYSTEM_DARK);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
}

/** Paints the page in the chosen theme, following the system live while the choice is 'system'. */
export function useColourScheme(theme: Theme): ColourScheme {
  const systemDark = useSyncExternalStore(onSystemSchemeChange, systemPrefersDark);
  const scheme = colourScheme(theme, systemDark);
  useEffect(() => showColourScheme(scheme), [scheme]);
  return scheme;
}
