// The renderer's share of term marking (npm run bench:term-marks, part b): a 2,000-paragraph document built into a
// corpus database beside the bundled ones, opened in Debian's Chromium through the browser host with marking off
// and on. Timed in the page, from the address change: the rows painted (the reader ready, then two frames) and, with
// marking on, the marks painted. The marks arrive after the rows, so the rows' time should not move.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { DocumentDetail } from '../../../contract/model';
import { createBackend, starterTermbaseBeside } from '../../../main/domain/backend';
import { buildCorpusDatabase } from '../../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources, type CorpusDocumentSource } from '../../../main/domain/corpus/corpusSource';
import { startBrowserHost } from '../../../main/host/browserHost';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RUNS = 5;
const STORAGE_FLAG = 'duizhao.reader.termMarks';

/** The generated document as a corpus source, its metadata borrowed from the national plan. */
function asSource(document: DocumentDetail, template: CorpusDocumentSource): CorpusDocumentSource {
  return {
    document: { ...template.document, id: document.id, order: 99 },
    segments: document.segments.map((s) => ({
      id: s.id.split(':')[1],
      kind: s.kind === 'heading' ? 'heading' : 'paragraph',
      ...(s.kind === 'heading' ? { level: 1 } : {}),
      zh: s.zh!.text,
      en: s.en!.text,
    })),
  };
}

/**
 * In the page, from the address change: the rows painted, and the marks painted (null with marking off). Kept as
 * source text: tsx would wrap named functions in a helper the page does not have.
 */
const OPEN_ONCE = `async (id) => {
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const until = async (test, what) => {
    const giveUp = performance.now() + 60000;
    while (!test()) {
      if (performance.now() > giveUp) throw new Error(what + ' not shown');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  const started = performance.now();
  window.location.hash = '#/doc/' + id;
  await until(() => document.body.dataset.readerReady === id, 'the rows');
  await twoFrames();
  const rows = performance.now() - started;
  if (!document.querySelector('.term-toggle[aria-pressed="true"]')) return { rows, marks: null };
  await until(() => document.querySelector('.term-mark') !== null, 'the marks');
  await twoFrames();
  return { rows, marks: performance.now() - started };
}`;

async function openOnce(page: Page, documentId: string): Promise<{ rows: number; marks: number | null }> {
  return page.evaluate(`(${OPEN_ONCE})(${JSON.stringify(documentId)})`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureRendererCost(document: DocumentDetail): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-marks-'));
  const sources = loadCorpusSources(path.join(ROOT, 'resources', 'corpus'));
  const corpusFile = path.join(work, 'corpus.sqlite');
  buildCorpusDatabase([...sources, asSource(document, sources[0])], corpusFile);
  const backend = createBackend({
    userDataDir: path.join(work, 'user'),
    corpusFile,
    starterTermbaseFile: starterTermbaseBeside(path.join(ROOT, 'resources', 'corpus.sqlite')),
    systemLanguage: 'en',
  });
  const host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(ROOT, 'dist', 'renderer') });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results: Record<'off' | 'on', { rows: number[]; marks: number[] }> = { off: { rows: [], marks: [] }, on: { rows: [], marks: [] } };
    for (let run = 0; run < RUNS; run++) {
      for (const marking of ['off', 'on'] as const) {
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(marking === 'on' ? `localStorage.setItem('${STORAGE_FLAG}', 'on')` : `localStorage.removeItem('${STORAGE_FLAG}')`);
        await page.goto(host.launchUrl);
        await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
        const { rows, marks } = await openOnce(page, document.id);
        results[marking].rows.push(rows);
        if (marks !== null) results[marking].marks.push(marks);
        await context.close();
      }
    }
    const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
    console.log(`renderer (Chromium, browser host, ${document.segments.length} paragraphs, median of ${RUNS}):`);
    console.log(`  rows painted, marking off             ${ms(median(results.off.rows))}`);
    console.log(`  rows painted, marking on              ${ms(median(results.on.rows))}`);
    console.log(`  marks painted, marking on             ${ms(median(results.on.marks))}  (+${(median(results.on.marks) - median(results.on.rows)).toFixed(0)} ms after the rows)`);
  } finally {
    await browser.close();
    await host.close();
    backend.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
