import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME, isAppUrl } from './appProtocol';

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
 * paragraph link, a citation as text and HTML) to the clipboard, from its own pages. Reading the clipboard,
 * devices, notifications, location and the rest are refused.
 */
export function isAllowedPermission(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/**
 * The only downloads are files the app itself made for the user (a document as
 * TMX, a termbase), as blob: URLs of its own origin; Electron asks where to save
 * them. Annotation exports are written by main itself (exportDialogs.ts).
 */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith(`blob:${APP_SCHEME}://${APP_HOST}/`);
}

/** Duizhao is offline by design: no permissions beyond the one above, no downloads but exports, no network. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(isAllowedPermission(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) return event.preventDefault();
    // No save path set: Electron shows the save dialog, starting from the name the export chose.
    item.setSaveDialogOptions({ defaultPath: item.getFilename() });
  });
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
