/**
 * Where the user was in a list of results when they opened a hit: kept in
 * that history entry's state, so going back to it (the browser's Back, the
 * app's "Back to results", Alt+←) shows the same place with the same hit
 * focused, and a search typed anew (which replaces the entry) starts clean.
 */
export interface SearchReturn {
  scrollY: number;
  segmentId: string;
  /** The page of results shown (its first result's offset), so the hit is there again. */
  offset: number;
}

const STATE_KEY = 'searchReturn';

/** The search a hit was last opened from, and the reader address it opened: the app's back button goes back to it. */
let lastOpened: { searchHash: string; readerHash: string } | null = null;

export function rememberSearchReturn(place: SearchReturn, readerHash: string): void {
  const state: unknown = window.history.state;
  window.history.replaceState({ ...(typeof state === 'object' ? state : {}), [STATE_KEY]: place }, '', window.location.href);
  lastOpened = { searchHash: window.location.hash, readerHash };
}

/** The place saved in the current history entry, if any. */
export function savedSearchReturn(): SearchReturn | null {
  const state: unknown = window.history.state;
  const place = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[STATE_KEY] : null;
  if (typeof place !== 'object' || place === null) return null;
  const { scrollY, segmentId, offset } = place as Record<string, unknown>;
  return typeof scrollY === 'number' && typeof segmentId === 'string' && typeof offset === 'number' ? { scrollY, segmentId, offset } : null;
}

/** The search the reader now shown was opened from, when the previous history entry is that search. */
export function searchOpenedFrom(readerHash: string): string | null {
  return lastOpened?.readerHash === readerHash ? lastOpened.searchHash : null;
}
