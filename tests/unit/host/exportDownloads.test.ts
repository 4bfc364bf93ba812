import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../../contract/model';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { PendingDownloads } from '../../../main/domain/exportDownloads';
import { API_TOKEN_HEADER, startBrowserHost, type BrowserHost } from '../../../main/host/browserHost';
import { burstAnnotation } from '../../helpers/annotationBurst';
import { buildBundledCorpusInto, REPO_ROOT } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

// Issue #14: the browser host writes an export to the download as it is made.
let host: BrowserHost;
let backend: Backend;

afterEach(async () => {
  await host?.close();
  backend?.close();
});

async function start(annotations: number) {
  backend = createBackend({ userDataDir: tempDir(), corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'en' });
  const segments: Segment[] = [];
  for (const d of await backend.handlers.listDocuments({})) segments.push(...(await backend.handlers.getDocument({ documentId: d.id })).segments);
  for (let i = 0; i < annotations; i++) await backend.handlers.createAnnotation(burstAnnotation(segments, i));
  host = await startBrowserHost({ handlers: backend.handlers, downloads: backend.downloads, rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
}

function request(pathname: string, init: { method?: string; body?: string } = {}) {
  const url = new URL(host.origin);
  const headers = init.method === 'POST' ? { 'content-type': 'application/json', origin: host.origin, [API_TOKEN_HEADER]: host.token } : {};
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: pathname, method: init.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('exports downloaded from the browser host', () => {
  it('hands out a one-time address whose download is the export, byte for byte, as an attachment', async () => {
    await start(600);
    const args = JSON.stringify({ format: 'csv', language: 'zh-CN', filter: { colours: ['blue', 'green'] } });
    const answer = JSON.parse((await request('/api/exportAnnotationsToFile', { method: 'POST', body: args })).body);
    expect(answer).toMatchObject({ ok: true, value: { delivery: 'download', count: 240, fileName: expect.stringMatching(/^duizhao-annotations-.*\.csv$/) } });
    const download = await request(answer.value.url);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${answer.value.fileName}"`);
    expect(download.headers['transfer-encoding']).toBe('chunked');
    const whole = await backend.handlers.exportAnnotations({ format: 'csv', language: 'zh-CN', filter: { colours: ['blue', 'green'] } });
    expect(download.body).toBe(whole.content);
    expect(download.body.split('\r\n')).toHaveLength(240 + 2);
    expect((await request(answer.value.url)).status).toBe(404);
  });

  it('serves nothing for a ticket it never gave or one gone stale', async () => {
    await start(0);
    expect((await request('/downloads/not-a-ticket')).status).toBe(404);
    let now = 0;
    const downloads = new PendingDownloads(() => now);
    const ticket = downloads.add({ fileName: 'a.md', mimeType: 'text/markdown', count: 0, chunks: ['x'] });
    now = 61_000;
    expect(downloads.take(ticket)).toBeNull();
    expect(ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
