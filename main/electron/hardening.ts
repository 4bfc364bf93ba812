import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './appProtocol';

/** Schemes a page of ours may load from; everything else, the network above all, is cancelled. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-devtools:']);

export function isAllowedRequest(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The one permission the app uses: writing what the user asked to copy (a
 * paragraph link) to the clipboard, from its own pages. Reading the clipboard,
 * devices, notifications, location and the rest are refused.
 */
export function isAllowedPermission(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** Duizhao is offline by design: no permissions beyond the one above, no downloads, no network. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(isAllowedPermission(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
}

function lockDown(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every web contents the app ever creates gets the same locks, the first included. */
export function lockDownAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}
