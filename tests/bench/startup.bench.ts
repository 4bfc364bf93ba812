// npm run bench:startup — what a user waits for when the app starts and opens a
// document. Prints figures; asserts nothing (timings belong in benchmarks, not tests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createBackend } from '../../main/domain/backend';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources } from '../../main/domain/corpus/corpusSource';
import { dispatchApiCall } from '../../main/domain/dispatch';
import { startBrowserHost } from '../../main/host/browserHost';

const ROOT = path.resolve(__dirname, '..', '..');
const PLAN = 'national-health-plan-14th-fyp-2022';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timeRuns(runs: number, fn: () => void): { p50: number; p95: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const corpusFile = path.join(work, 'corpus.sqlite');

  const build = timeRuns(5, () => buildCorpusDatabase(loadCorpusSources(path.join(ROOT, 'resources', 'corpus')), corpusFile));
  const open = timeRuns(20, () => {
    const dir = fs.mkdtempSync(path.join(work, 'user-'));
    createBackend({ userDataDir: dir, corpusFile, systemLanguage: 'en' }).close();
  });

  const userDataDir = fs.mkdtempSync(path.join(work, 'user-'));
  const backend = createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
  const list = timeRuns(200, () => backend.handlers.listDocuments({}));
  const getDoc = timeRuns(200, () => backend.handlers.getDocument({ documentId: PLAN }));
  const docBytes = Buffer.byteLength(JSON.stringify(backend.handlers.getDocument({ documentId: PLAN })));
  const dispatched: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await dispatchApiCall(backend.handlers, 'getDocument', { documentId: PLAN });
    dispatched.push(performance.now() - start);
  }
  dispatched.sort((a, b) => a - b);

  // Time from navigation to the app's ready signal, and to the 135-row reader, in Chromium.
  const host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(ROOT, 'dist', 'renderer') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const ready: number[] = [];
  const reader: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const start = performance.now();
    await page.goto(host.launchUrl);
    await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
    ready.push(performance.now() - start);
    const startReader = performance.now();
    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), PLAN);
    await page.locator(`body[data-reader-ready="${PLAN}"]`).waitFor({ state: 'attached' });
    reader.push(performance.now() - startReader);
    await page.close();
  }
  await browser.close();
  await host.close();
  backend.close();
  ready.sort((a, b) => a - b);
  reader.sort((a, b) => a - b);

  const bundle = (file: string) => `${(fs.statSync(path.join(ROOT, 'dist', file)).size / 1024).toFixed(0)} KiB`;
  console.log('Duizhao start-up benchmark');
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
  console.log(`corpus build (5 documents)            p50 ${ms(build.p50)}   p95 ${ms(build.p95)}`);
  console.log(`backend open (corpus + new user db)   p50 ${ms(open.p50)}   p95 ${ms(open.p95)}`);
  console.log(`listDocuments                         p50 ${ms(list.p50)}   p95 ${ms(list.p95)}`);
  console.log(`getDocument (national plan, ${(docBytes / 1024).toFixed(0)} KiB) p50 ${ms(getDoc.p50)}   p95 ${ms(getDoc.p95)}`);
  console.log(`  … through dispatch (zod check)      p50 ${ms(percentile(dispatched, 50))}   p95 ${ms(percentile(dispatched, 95))}`);
  console.log(`Chromium: navigation → app ready      median ${ms(percentile(ready, 50))}, best ${ms(ready[0])} (7 runs)`);
  console.log(`Chromium: open the 135-row reader     median ${ms(percentile(reader, 50))} (7 runs)`);
  console.log(`bundles: renderer ${bundle('renderer/app.js')}, preload ${bundle('preload/preload.js')}, main ${bundle('main/electron-main.js')}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
