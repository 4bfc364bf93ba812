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
