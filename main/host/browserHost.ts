import crypto from 'node:crypto';
import { IMPORT_MAX_BYTES } from '../../contract/annotations';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isApiName, type ApiHandlers, type ApiName } from '../../contract/api';
import { BACKUP_FILE_MAX_BYTES } from '../../contract/backups';
import { IMPORT_REQUEST_MAX_BASE64 } from '../../contract/imports';
import { fail, type ErrorCode, type Result } from '../../contract/result';
import { dispatchApiCall } from '../domain/dispatch';
import { writeChunkedFile, type ChunkedFile, type PendingDownloads } from '../domain/exportDownloads';
import { SECURITY_HEADERS } from '../serving/contentSecurityPolicy';
import { resolveStaticFile } from '../serving/staticFiles';
import { TERMBASE_MAX_BYTES } from '../domain/terminology/termbaseFile';

export const API_TOKEN_HEADER = 'x-duizhao-token';
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Room for an import file at its limit, escaped into a JSON string: a control
 * character of one byte becomes `\u0001`, six, so any file the domain would
 * accept fits, and the domain, not the transport, tells a file too large.
 */
const MAX_IMPORT_BODY_BYTES = 6 * IMPORT_MAX_BYTES + MAX_BODY_BYTES;
/** A backup file at its limit in base64, which grows it by a third. */
const MAX_BACKUP_BODY_BYTES = Math.ceil(BACKUP_FILE_MAX_BYTES / 3) * 4 + MAX_BODY_BYTES;
/** A termbase file at its limit in base64. */
const MAX_TERMBASE_BODY_BYTES = Math.ceil(TERMBASE_MAX_BYTES / 3) * 4 + MAX_BODY_BYTES;
/** The calls that carry a user's file, their body limit and the code a larger body is refused with. */
const FILE_CALL_LIMITS: Partial<Record<ApiName, { bytes: number; code: ErrorCode }>> = {
  importAnnotations: { bytes: MAX_IMPORT_BODY_BYTES, code: 'import-too-large' },
  inspectBackupFile: { bytes: MAX_BACKUP_BODY_BYTES, code: 'backup-too-large' },
  restoreFromFile: { bytes: MAX_BACKUP_BODY_BYTES, code: 'backup-too-large' },
  importTermbase: { bytes: MAX_TERMBASE_BODY_BYTES, code: 'termbase-too-large' },
  // The schema refuses a larger request with the same code; a single file over its limit within it is told as file-too-large.
  startImport: { bytes: IMPORT_REQUEST_MAX_BASE64 + MAX_BODY_BYTES, code: 'invalid-argument' },
};
/**
 * How much of an oversized body is still read, and dropped, after the 413 is
 * sent. Closing a socket with unread data makes TCP reset it, and a reset can
 * destroy the 413 before the client reads it: so the rest of the body is
 * drained first (as a web server's lingering close does), up to this much.
 */
const MAX_DRAIN_BYTES = 256 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';
const DOWNLOADS_PATH = '/downloads/';

export interface BrowserHostOptions {
  handlers: ApiHandlers;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Exports handed out by exportAnnotationsToFile, served once each at /downloads/<ticket>. */
  downloads?: Pick<PendingDownloads, 'take'>;
}

export interface BrowserHost {
  origin: string;
  /** Secret made at each launch; the renderer reads it from the launch URL's fragment. */
  token: string;
  /** Open this in a browser. */
  launchUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the API contract on 127.0.0.1 for any browser, for
 * machines where Electron's binary is not installed. Only the transport
 * differs from the Electron app. Binding to loopback alone is not enough: the
 * Host header is checked (DNS rebinding), API calls must come from this origin
 * (other web pages) and carry the launch token (other local users).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = crypto.randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  let host = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('browser host: request failed', error);
      if (!res.headersSent) sendResult(res, 500, fail('internal', 'The request could not be handled'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.headers.host !== host) return sendResult(res, 421, fail('forbidden', 'Unexpected Host header'));
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendResult(res, 405, fail('forbidden', 'API calls are POST requests'));
      if (req.headers.origin !== origin) return sendResult(res, 403, fail('forbidden', 'API calls must come from the app itself'));
      const given = Buffer.from(String(req.headers[API_TOKEN_HEADER] ?? ''));
      if (given.length !== tokenBytes.length || !crypto.timingSafeEqual(given, tokenBytes)) {
        return sendResult(res, 403, fail('forbidden', 'Missing or wrong launch token'));
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendResult(res, 415, fail('invalid-argument', 'API calls send JSON'));
      }
      const name = callName(url.pathname);
      const limit = (isApiName(name) && FILE_CALL_LIMITS[name]) || { bytes: MAX_BODY_BYTES, code: 'invalid-argument' as const };
      const body = await readBody(req, limit.bytes);
      if (body === null) return sendResult(res, 413, fail(limit.code, 'The request is too large'));
      let args: unknown;
      try {
        args = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendResult(res, 400, fail('invalid-argument', 'The request is not valid JSON'));
      }
      const result = await dispatchApiCall(options.handlers, name, args);
      return sendResult(res, !result.ok && result.error.code === 'unknown-call' ? 404 : 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    if (url.pathname.startsWith(DOWNLOADS_PATH)) return serveDownload(res, options.downloads?.take(url.pathname.slice(DOWNLOADS_PATH.length)) ?? null);
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file.file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host = `${LOOPBACK}:${port}`;
  origin = `http://${host}`;

  return {
    origin,
    token,
    launchUrl: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An export, written to the response as it is made: the browser saves it as a
 * download while the host holds no more than a chunk of it (issue #14).
 */
async function serveDownload(res: http.ServerResponse, file: ChunkedFile | null): Promise<void> {
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': `${file.mimeType}; charset=utf-8`,
    'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'no-store',
  });
  await writeChunkedFile(file, res);
}

function sendResult(res: http.ServerResponse, status: number, result: Result<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(result));
}

/** The call named by `/api/<name>`; a name that is not valid percent-encoding is no call's name. */
function callName(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null; // URIError: dispatch answers unknown-call
  }
}

/**
 * The body as text, or null once it passes the size limit. Past the limit the
 * rest is read and dropped while the caller replies (see MAX_DRAIN_BYTES); only
 * a body that goes on past that is cut off.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > limit + MAX_DRAIN_BYTES) req.socket.destroy();
        return;
      }
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      tooLarge = true;
      chunks.length = 0;
      resolve(null);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
