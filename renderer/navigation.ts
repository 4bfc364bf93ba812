import { useEffect } from 'react';
import { routeHash, type Route } from './route';

/**
 * Goes to a route. `replace` (while typing a search) updates the address
 * without adding a history entry; hashchange is raised either way, so the
 * app's router sees every change the same way.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeHash(route);
  if (window.location.hash === hash) return;
  if (options.replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/**
 * Alt+← and Alt+→ go back and forward, as in a browser: Electron's window has
 * no such keys of its own. A control that uses the keys (the reader's sentence
 * keys, listening on the window too) prevents them, and may hear them after
 * this listener, so the decision waits until every listener has had the key.
 */
export function useHistoryKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      window.setTimeout(() => {
        if (event.defaultPrevented) return;
        if (event.key === 'ArrowLeft') window.history.back();
        else window.history.forward();
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
