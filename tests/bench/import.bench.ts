// npm run bench:import — a 2,000-paragraph pair made from the corpus's own sentences (issue 10).
// 1. The pipeline in Node: the import worker beside the same pipeline run on the main thread (the peer);
//    the time of each phase, memory, progress gaps, the main thread's longest block, and the alignment
//    quality against the pair's gold (known by construction).
// 2. The app: the browser host (dist/host, so run `npm run build` first) in its own process, driven from
//    Debian's Chromium through the contract's calls: time to searchable (stored and found), the host's
//    peak RSS, progress as the page sees it, Chromium's long tasks; the pair as .txt, as .docx, and
//    printed as a PDF pair of 300 pages or more. It prints, it asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import type { ImportPhase } from '../../contract/imports';
import { makeSegmentId } from '../../contract/segmentId';
import { openUserDatabase } from '../../main/domain/database/userDatabase';
import type { ImportPlan } from '../../main/domain/documents/importModel';
import { inProcessRunner, WorkerImportRunner, type ImportRunner, type WireImportRequest } from '../../main/domain/documents/importPipelineRunner';
import { loadCedictLexicon } from '../../main/domain/alignment/cedictLexicon';
import { indexSegments } from '../../main/domain/search/searchIndex';
import { SearchService } from '../../main/domain/search/searchService';
import { scoreLinks } from '../helpers/alignment/goldSet';
import { buildImportWorker } from '../helpers/importWorkerBundle';
import { type AppImportFigures, type AppImportFile, importThroughApp } from './import/appImport';
import { generatePair, planLinksAsSpans, type GeneratedPair } from './import/generatedPair';
import { printPdf } from './import/pdfPair';

const PARAGRAPHS = 2000;
/** Paragraphs of the PDF pair: enough for 300 pages or more on each side. */
const PDF_PARAGRAPHS = Number(process.env.BENCH_IMPORT_PDF_PARAGRAPHS ?? 3600);
const RUNS = 3;
/** BENCH_IMPORT_PARTS=app runs the app's part alone, =node the pipeline's. */
const PARTS = new Set((process.env.BENCH_IMPORT_PARTS ?? 'node,app').split(','));
const TARGETS = { searchableMs: 3000, pdfSearchableMs: 20_000, peakRssMb: 400, longestTaskMs: 100, progressGapMs: 1000 };

interface Measured {
  label: string;
  ok: boolean;
  note: string;
  parseMs: number;
  alignMs: number;
  runMs: number;
  planToMainMs: number;
  indexMs: number;
  searchableMs: number;
  peakRssMb: number;
  longestProgressGapMs: number;
  longestMainBlockMs: number;
  plan: ImportPlan | null;
}

async function main(): Promise<void> {
  console.log(`RSS at start ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  console.log(`bench:import — load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} cores, Node ${process.version}`);
  const pair = generatePair(PARAGRAPHS);
  const txt = { zh: pair.zhLines.join('\n'), en: pair.enLines.join('\n') };
  const docx = { zh: await docxOf(pair.zhLines), en: await docxOf(pair.enLines) };
  console.log(`pair: ${pair.zhLines.length} Chinese and ${pair.enLines.length} English paragraphs (English re-broken), ${pair.gold.length} gold links`);
  console.log(`files: .txt ${kb(txt.zh)} + ${kb(txt.en)} KB, .docx ${(docx.zh.length / 1024).toFixed(0)} + ${(docx.en.length / 1024).toFixed(0)} KB`);
  const request = (format: 'txt' | 'docx'): WireImportRequest => ({
    shape: 'pair',
    files: (['zh', 'en'] as const).map((side) => ({
      name: `generated.${side}.${format}`,
      data: format === 'txt' ? Buffer.from(txt[side]).toString('base64') : docx[side].toString('base64'),
    })),
  });

  if (PARTS.has('node')) await benchPipeline(pair, request);
  if (PARTS.has('app')) await benchApp(pair, txt, docx);
  console.log(`\ntargets (issue 10): searchable ≤ ${TARGETS.searchableMs} ms (PDF pair ≤ ${TARGETS.pdfSearchableMs} ms), peak RSS ≤ ${TARGETS.peakRssMb} MB, no long task over ${TARGETS.longestTaskMs} ms, progress at least every ${TARGETS.progressGapMs} ms. Load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
}

async function benchPipeline(pair: GeneratedPair, request: (format: 'txt' | 'docx') => WireImportRequest): Promise<void> {
  const worker = new WorkerImportRunner(await buildImportWorker('bench-import-worker'));
  // The app starts the worker early, so its lexicon is read while the user picks files: a small import waits for it here.
  const beforeWorker = process.memoryUsage().rss;
  await worker.run({ shape: 'single', files: [{ name: 'warm.txt', data: Buffer.from('预热。').toString('base64') }] }, () => {}, new AbortController().signal);
  console.log(`RSS with the pair and its files generated ${(beforeWorker / 1e6).toFixed(0)} MB; with the worker started and its lexicon read ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  // The peer reads its own lexicon on the main thread, after the worker's rows, so their memory is the worker's alone.
  const inProcess = inProcessRunner(() => loadCedictLexicon());

  const rows: Measured[] = [];
  for (let run = 1; run <= RUNS; run++) rows.push(await measure(`worker, .txt, run ${run}`, worker, request('txt'), pair));
  rows.push(await measure('worker, .docx', worker, request('docx'), pair));
  rows.push(await measure('main thread (peer), .txt', inProcess, request('txt'), pair));
  await worker.close();

  printTable(rows);
  const plan = rows.find((r) => r.plan)?.plan;
  if (plan) {
    const { strict, lax } = scoreLinks(planLinksAsSpans(plan, pair), pair.gold);
    const f = (x: number) => x.toFixed(3);
    console.log(`\nalignment quality on the generated pair (${plan.segments.length} segments): strict P ${f(strict.precision)} R ${f(strict.recall)} F1 ${f(strict.f1)}; lax F1 ${f(lax.f1)}`);
  }
  console.log('("index" above is the search index of the plan\'s segments in a fresh user database; the app rows below store the whole import.)');
}

async function benchApp(pair: GeneratedPair, txt: Record<'zh' | 'en', string>, docx: Record<'zh' | 'en', Buffer>): Promise<void> {
  console.log('\nthe app: the browser host in its own process, a fresh profile each run, driven from Chromium');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const files = (format: string, data: Record<'zh' | 'en', Buffer>): AppImportFile[] => (['zh', 'en'] as const).map((side) => ({ name: `generated.${side}.${format}`, data: data[side] }));
    const rows: [string, AppImportFigures][] = [];
    const txtFiles = files('txt', { zh: Buffer.from(txt.zh), en: Buffer.from(txt.en) });
    for (let run = 1; run <= RUNS; run++) rows.push([`.txt pair, run ${run}`, await importThroughApp(browser, txtFiles, probeOf(pair))]);
    rows.push(['.txt pair, cold worker', await importThroughApp(browser, txtFiles, probeOf(pair), { cold: true })]);
    rows.push(['.docx pair', await importThroughApp(browser, files('docx', docx), probeOf(pair))]);
    const long = generatePair(PDF_PARAGRAPHS);
    const pdf = { zh: await printPdf(browser, 'zh-CN', long.zhLines), en: await printPdf(browser, 'en', long.enLines) };
    console.log(`PDF pair: ${long.zhLines.length} + ${long.enLines.length} paragraphs, ${(pdf.zh.length / 1e6).toFixed(1)} + ${(pdf.en.length / 1e6).toFixed(1)} MB`);
    rows.push(['PDF pair', await importThroughApp(browser, files('pdf', pdf), probeOf(long))]);
    printAppTable(rows);
  } finally {
    await browser.close();
  }
}

/** Six words of the last English paragraph, searched for as a phrase once the import is stored. */
const probeOf = (pair: GeneratedPair) => pair.enLines[pair.enLines.length - 1].split(/\s+/).slice(0, 6).join(' ');

function printAppTable(rows: [string, AppImportFigures][]): void {
  const ms = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(0));
  const header = ['import', 'pages', 'ready ms', 'commit ms', 'searchable ms', 'RSS before MB', 'peak RSS MB', 'max progress gap ms (after)', 'reports', 'long tasks', 'longest task ms', ''];
  const table = rows.map(([label, r]) => [
    label,
    r.pages.every((p) => p === null) ? '—' : r.pages.map((p) => p ?? '—').join(' + '),
    ms(r.readyMs),
    ms(r.commitMs),
    ms(r.searchableMs),
    r.rssBeforeMb.toFixed(0),
    r.peakRssMb.toFixed(0),
    `${ms(r.longestProgressGapMs)} (after ${r.gapAfter})`,
    String(r.progressReports),
    String(r.longTasks),
    r.longestTaskMs.toFixed(0),
    r.ok ? r.note : `failed: ${r.note}`,
  ]);
  printColumns(header, table);
}

async function measure(label: string, runner: ImportRunner, request: WireImportRequest, pair: GeneratedPair): Promise<Measured> {
  global.gc?.();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const marks = new Map<ImportPhase, number>();
  let lastProgress = 0;
  let longestGap = 0;
  loop.enable();
  // The monitor's timer starts on the loop's next turn: a run that never yields (the main-thread peer) must come after it.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  lastProgress = started;
  const onProgress = (phase: ImportPhase) => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - lastProgress);
    lastProgress = now;
    if (!marks.has(phase)) marks.set(phase, now);
  };
  const empty = { parseMs: NaN, alignMs: NaN, runMs: NaN, planToMainMs: NaN, indexMs: NaN, searchableMs: NaN, longestProgressGapMs: NaN, plan: null };
  let outcome;
  try {
    outcome = await runner.run(request, onProgress, new AbortController().signal);
  } catch (error) {
    loop.disable();
    clearInterval(sampler);
    return { label, ok: false, note: (error as Error).message.slice(0, 80), ...empty, peakRssMb: peakRss / 1e6, longestMainBlockMs: loop.max / 1e6 };
  }
  const ran = performance.now();
  longestGap = Math.max(longestGap, ran - lastProgress);
  // One more turn of the loop, so a block that just ended (the main-thread peer's whole run) is counted.
  await new Promise((resolve) => setTimeout(resolve, 20));
  loop.disable();
  const t0 = performance.now();
  const plan = JSON.parse(outcome.planJson) as ImportPlan;
  const t1 = performance.now();
  const found = indexAndSearch(plan, pair);
  const t2 = performance.now();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    label,
    ok: found,
    note: found ? 'last paragraph found' : 'last paragraph NOT found',
    parseMs: (marks.get('aligning') ?? ran) - (marks.get('parsing') ?? started),
    alignMs: (marks.get('ready') ?? ran) - (marks.get('aligning') ?? ran),
    runMs: ran - started,
    planToMainMs: t1 - t0,
    indexMs: found ? t2 - t1 : NaN,
    searchableMs: t2 - started,
    peakRssMb: peakRss / 1e6,
    longestProgressGapMs: longestGap,
    longestMainBlockMs: loop.max / 1e6,
    plan,
  };
}

/** The plan's segments indexed as a store would index them, then a phrase of the last English paragraph searched for. */
function indexAndSearch(plan: ImportPlan, pair: GeneratedPair): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-import-'));
  const userDatabase = openUserDatabase(dir);
  try {
    // One transaction, as a store writes an import.
    const rows = plan.segments.map((s, k) => ({
      segmentId: makeSegmentId('imported-bench', `p${k + 1}`),
      documentId: 'imported-bench',
      docType: 'plan',
      docDate: null,
      kind: s.kind,
      position: k,
      zh: s.zh,
      en: s.en,
    }));
    userDatabase.db.transaction(() => indexSegments(userDatabase.db, rows, { bulk: true }))();
    const last = pair.enLines[pair.enLines.length - 1];
    const phrase = last.split(/\s+/).slice(0, 6).join(' ');
    const results = new SearchService([userDatabase.db]).search({ query: `"${phrase}"`, language: 'en' });
    return results.total > 0;
  } finally {
    userDatabase.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: Measured[]): void {
  const ms = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(0));
  const header = ['run', 'parse ms', 'align ms', 'worker run ms', 'plan→main ms', 'index ms', 'searchable ms', 'peak RSS MB', 'max progress gap ms', 'main thread longest block ms', ''];
  const table = rows.map((r) => [
    r.label,
    ms(r.parseMs),
    ms(r.alignMs),
    ms(r.runMs),
    ms(r.planToMainMs),
    ms(r.indexMs),
    ms(r.searchableMs),
    r.peakRssMb.toFixed(0),
    ms(r.longestProgressGapMs),
    r.longestMainBlockMs.toFixed(0),
    r.ok ? r.note : `failed: ${r.note}`,
  ]);
  printColumns(header, table);
}

function printColumns(header: string[], table: string[][]): void {
  const widths = header.map((h, k) => Math.max(h.length, ...table.map((row) => row[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 || k === cells.length - 1 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  console.log(`\n${line(header)}`);
  for (const row of table) console.log(line(row));
}

async function docxOf(lines: readonly string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }));
}

const kb = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(0);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
