import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../serving/contentSecurityPolicy';
import { resolveStaticFile } from '../serving/staticFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'duizhao';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Node's URL gives non-special schemes an opaque origin, so compare scheme and host instead. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before the app is ready: app:// behaves like https (secure context, fetch). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/**
 * Serves the renderer from one root only, with the CSP on every response,
 * and refuses file:// for the whole session.
 */
export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url) || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const found = resolveStaticFile(rendererDir, new URL(request.url).pathname);
    if (!found) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(await fs.readFile(found.file), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType },
    });
  });
  protocol.handle('file', () => new Response('file:// is not served', { status: 403 }));
}
