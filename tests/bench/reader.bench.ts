// npm run bench:reader — the virtualised reader at 2,000 and 10,000 paragraph pairs (issue 14). A generated document
// (tests/helpers/longDocument.ts) is built into a corpus database beside the bundled ones, served by the browser host
// and opened in Debian's Chromium at 1360×900, median of 3. Timed in the page from the address change: the first rows
// painted, interactive (a task posted then runs within 50 ms), a top-to-bottom scroll of 100 px a frame (frame deltas,
// p95), a deep link to the last paragraph settled (in view and still for two frames); then the JS heap after a
// collection and the DOM's nodes. The handlers the reader calls are timed in Node. It prints, it asserts nothing.
// BENCH_READER_SIZES=2000 runs one size; BENCH_SCROLL_FRAMES caps the scroll (default 3,000 frames, 300,000 px; a 10,000-paragraph document is taller).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../../main/domain/backend';
import { startBrowserHost } from '../../main/host/browserHost';
import { buildLongDocumentCorpus, LONG_DOCUMENT_ID, longDocumentKey, removeLongDocumentCorpus } from '../helpers/longDocument';
import { OPEN_DOCUMENT, DEEP_LINK, SCROLL_THROUGH } from './reader/pageScripts';

const ROOT = path.resolve(__dirname, '..', '..');
const RUNS = 3;
const SIZES = (process.env.BENCH_READER_SIZES ?? '2000,10000').split(',').map(Number);
const MAX_FRAMES = Number(process.env.BENCH_SCROLL_FRAMES ?? 3_000);
const TARGETS = { firstRows: { 2000: 150, 10000: 200 } as Record<number, number>, interactive: 300, scrollP95: 20, deepLink: 200, heapMb: 60, handlerMs: 100 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const line = (label: string, value: string, target: string) => console.log(`  ${label.padEnd(48)} ${value.padStart(12)}   target ${target}`);

async function timeHandler(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times.slice(1)); // the first warms the statements and the JIT
}

async function benchHandlers(backend: Backend, paragraphs: number): Promise<void> {
  const h = backend.handlers;
  const doc = await h.getDocument({ documentId: LONG_DOCUMENT_ID });
  // Annotations on four paragraphs in five (8,000 at 10,000), as the heavily annotated document carries.
  for (let i = 0; i < paragraphs; i++) {
    const segment = doc.segments[i];
    if (i % 5 === 0) continue;
    if (!segment.en) continue;
    await h.createAnnotation({ segmentId: segment.id, side: 'en', start: 0, end: 8, exact: segment.en.text.slice(0, 8), colour: 'yellow' });
  }
  const getDocument = await timeHandler(() => h.getDocument({ documentId: LONG_DOCUMENT_ID }));
  const part = await timeHandler(() => h.getDocumentPart({ documentId: LONG_DOCUMENT_ID, from: Math.max(0, paragraphs - 500), count: 500 }));
  const firstPart = await timeHandler(() => h.getDocumentPart({ documentId: LONG_DOCUMENT_ID, from: 0, count: 100, withIds: true }));
  // The reader asks for a block of 250 rows' annotations at a time (listAnnotationsInRange), a fresh block each time.
  let block = 0;
  const range = await timeHandler(() => h.listAnnotationsInRange({ documentId: LONG_DOCUMENT_ID, from: (block++ * 250 * 3) % paragraphs, count: 250 }));
  const annotations = await timeHandler(() => h.listAnnotations({ documentId: LONG_DOCUMENT_ID }));
  line('getDocument handler (the peer: the whole document)', fmt(getDocument), `≤ ${TARGETS.handlerMs} ms`);
  line('getDocumentPart handler (500, as the reader asks)', fmt(part), `≤ ${TARGETS.handlerMs} ms`);
  line('getDocumentPart handler (the first 100, with every id)', fmt(firstPart), `≤ ${TARGETS.handlerMs} ms`);
  line(`annotations of 250 rows (listAnnotationsInRange)`, fmt(range), `≤ ${TARGETS.handlerMs} ms`);
  line(`annotations of the document, whole (${(paragraphs * 4) / 5}; the peer)`, fmt(annotations), '—');
}

async function benchPage(page: Page, url: string, paragraphs: number): Promise<void> {
  const last = longDocumentKey(paragraphs - 1);
  const runs: { firstRows: number; interactive: number; deepLink: number; p95: number; frames: number; reached: boolean }[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(url);
    await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('.library[data-ready="true"]').waitFor({ timeout: 60_000 });
    const opened = (await page.evaluate(`(${OPEN_DOCUMENT})(${JSON.stringify(LONG_DOCUMENT_ID)})`)) as { firstRows: number; interactive: number };
    const scroll = (await page.evaluate(`(${SCROLL_THROUGH})(${MAX_FRAMES})`)) as { p95: number; frames: number; reached: boolean };
    const deepLink = (await page.evaluate(`(${DEEP_LINK})(${JSON.stringify(LONG_DOCUMENT_ID)}, ${JSON.stringify(last)})`)) as number;
    runs.push({ ...opened, deepLink, ...scroll });
  }
  const pick = (key: 'firstRows' | 'interactive' | 'deepLink' | 'p95') => median(runs.map((r) => r[key]));
  line('first rows painted', fmt(pick('firstRows')), `≤ ${TARGETS.firstRows[paragraphs] ?? 200} ms`);
  line('interactive', fmt(pick('interactive')), `≤ ${TARGETS.interactive} ms`);
  const frames = median(runs.map((r) => r.frames));
  line(`scroll frame p95 (${frames} frames${runs.every((r) => r.reached) ? ', to the bottom' : ', capped'})`, fmt(pick('p95')), `≤ ${TARGETS.scrollP95} ms`);
  line('deep link to the last paragraph', fmt(pick('deepLink')), `≤ ${TARGETS.deepLink} ms`);
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  line('JS heap (after a collection)', `${(heap.usedSize / 2 ** 20).toFixed(1)} MB`, paragraphs >= 10_000 ? `≤ ${TARGETS.heapMb} MB` : '—');
  line('DOM elements', String(nodes), '—');
}

async function main(): Promise<void> {
  console.log(`reader: generated documents of ${SIZES.join(' and ')} paragraph pairs, Chromium 1360×900, median of ${RUNS}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--enable-precise-memory-info'] });
  try {
    for (const paragraphs of SIZES) {
      const corpusFile = buildLongDocumentCorpus(paragraphs);
      const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-reader-'));
      const backend = createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
      const host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(ROOT, 'dist', 'renderer') });
      try {
        console.log(`\n${paragraphs} paragraphs`);
        await benchHandlers(backend, paragraphs);
        const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
        await benchPage(page, host.launchUrl, paragraphs);
        await page.close();
      } finally {
        await host.close();
        backend.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
        removeLongDocumentCorpus(corpusFile);
      }
    }
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
