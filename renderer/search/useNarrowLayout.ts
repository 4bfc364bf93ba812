import { useSyncExternalStore } from 'react';

/** Below this width the filters fold behind a button, so results show right after typing. */
const NARROW = '(max-width: 1023.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the window (or the zoomed page) is narrower than 1024 CSS pixels. */
export function useNarrowLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
