import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { API_TOKEN_HEADER, startBrowserHost, type BrowserHost } from '../../../main/host/browserHost';
import { CONTENT_SECURITY_POLICY } from '../../../main/serving/contentSecurityPolicy';
import { buildBundledCorpusInto, REPO_ROOT } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

let host: BrowserHost;
let backend: Backend;

async function start() {
  backend = createBackend({ userDataDir: tempDir(), corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'en' });
  host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
}

afterEach(async () => {
  await host?.close();
  backend?.close();
});

/** A raw request, so Host and Origin can be set to anything. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(host.origin);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiHeaders = (overrides: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  origin: host.origin,
  [API_TOKEN_HEADER]: host.token,
  ...overrides,
});

describe('browser host', () => {
  it('binds loopback only and prints a launch URL carrying the token in its fragment', async () => {
    await start();
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.launchUrl).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a call from its own page with the launch token', async () => {
    await start();
    const res = await request({ path: '/api/listDocuments', method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(5);
  });

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    await start();
    const attempts = [
      apiHeaders({ [API_TOKEN_HEADER]: '' }),
      apiHeaders({ [API_TOKEN_HEADER]: host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A') }),
      apiHeaders({ origin: 'https://evil.example' }),
      apiHeaders({ origin: 'null' }),
    ];
    for (const headers of attempts) {
      const res = await request({ path: '/api/listDocuments', method: 'POST', headers, body: '{}' });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const noOrigin = apiHeaders();
    delete (noOrigin as Record<string, string>).origin;
    expect((await request({ path: '/api/listDocuments', method: 'POST', headers: noOrigin, body: '{}' })).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), for pages and calls alike', async () => {
    await start();
    for (const p of ['/', '/api/listDocuments']) {
      const res = await request({ path: p, method: p === '/' ? 'GET' : 'POST', headers: { ...apiHeaders(), host: 'attacker.example:80' } });
      expect(res.status).toBe(421);
    }
  });

  it('gives typed errors for bad bodies and unknown calls, and keeps serving', async () => {
    await start();
    const bad = await request({ path: '/api/getDocument', method: 'POST', headers: apiHeaders(), body: '{"documentId":' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = await request({ path: '/api/dropTables', method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    const get = await request({ path: '/api/listDocuments', headers: apiHeaders() });
    expect(get.status).toBe(405);
    const still = await request({ path: '/api/listDocuments', method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(JSON.parse(still.body).ok).toBe(true);
  });

  // Issue 13, item 12: the 413 must reach the client before the connection closes.
  it('answers an oversized call with a 413 the client reads, then keeps serving', async () => {
    await start();
    const big = await request({ path: '/api/setPreferences', method: 'POST', headers: apiHeaders(), body: `{"x":"${'a'.repeat(1_100_000)}"}` });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    // An import file far over the limit: the reply says the file is too large, in a code the renderer translates.
    const huge = await request({ path: '/api/importAnnotations', method: 'POST', headers: apiHeaders(), body: `{"files":[{"name":"huge.json","content":"${'x'.repeat(160 * 1024 * 1024)}"}],"mode":"preview"}` });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'import-too-large' } });
    const still = await request({ path: '/api/listDocuments', method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(JSON.parse(still.body).ok).toBe(true);
  });

  it('lets through an import file under its limit whose JSON escapes every character to six bytes', async () => {
    await start();
    // 9 MB of U+0001: each becomes \u0001 in the JSON body, 54 MB, yet the file is under the 25 MB limit.
    const content = '\u0001'.repeat(9 * 1024 * 1024);
    const body = JSON.stringify({ files: [{ name: 'escaped.json', content }], mode: 'preview' });
    expect(body.length).toBeGreaterThan(6 * 9 * 1024 * 1024);
    const res = await request({ path: '/api/importAnnotations', method: 'POST', headers: apiHeaders(), body });
    // The domain read it, and says what is wrong with the file: it is not JSON.
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { files: [{ name: 'escaped.json', error: { code: 'import-not-json' } }] } });
  });

  // Issue 13, item 13.
  it('answers unknown-call, not a 500, for a call name that is not valid percent-encoding', async () => {
    await start();
    for (const p of ['/api/%E0%A4%A', '/api/%', '/api/list%ZZDocuments', '/api/%C0%AF']) {
      const res = await request({ path: p, method: 'POST', headers: apiHeaders(), body: '{}' });
      expect(res.status, p).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect(JSON.parse(res.body), p).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
      expect(res.body).not.toMatch(/URIError|at .*\.ts/);
    }
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    await start();
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain('<div id="root">');
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/app.js%00.html', '/nope.js']) {
      expect((await request({ path: p })).status, p).toBe(404);
    }
  });
});
