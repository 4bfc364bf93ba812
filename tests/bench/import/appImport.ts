import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { IMPORT_IN_PAGE } from './pageScripts';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** One import as the app runs it: the browser host (dist/host) in its own process, driven from Chromium. */
export interface AppImportFigures {
  ok: boolean;
  note: string;
  /** From the first call until the document is stored and a search finds its last paragraph. */
  searchableMs: number;
  /** Until the job is ready (parsed and aligned), before the commit stores it. */
  readyMs: number;
  commitMs: number;
  /** The longest wait between two progress reports the page saw while the job ran (polled every 250 ms, as the dialog polls). */
  longestProgressGapMs: number;
  /** The report the longest gap followed (phase:done/total). */
  gapAfter: string;
  progressReports: number;
  /** Chromium's long tasks (over 50 ms) on the page while the import ran: the longest, and how many. */
  longestTaskMs: number;
  longTasks: number;
  /** The host process (the app's main process, with its import worker thread): resident before the import, and its peak (VmHWM). */
  rssBeforeMb: number;
  peakRssMb: number;
  pages: (number | null)[];
}

export interface AppImportFile {
  name: string;
  data: Buffer;
}

/**
 * Starts a fresh browser host on an empty profile, imports the files through
 * the contract's calls from the page (startImport, getImportJob every 250 ms,
 * commitImport), then searches for `probe`, the last paragraph's words. The
 * page calls prepareImport first, as the import dialog does when it opens,
 * unless `cold`: then the first import starts the worker itself.
 */
export async function importThroughApp(browser: Browser, files: AppImportFile[], probe: string, { cold = false } = {}): Promise<AppImportFigures> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-import-app-'));
  const host = spawn(process.execPath, [path.join(ROOT, 'dist', 'host', 'browser-host.js'), '--user-data-dir', profile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  try {
    const url = await launchUrl(host);
    await page.goto(url);
    await page.locator('.library[data-ready="true"]').waitFor({ timeout: 60_000 });
    const rssBefore = procStatusKb(host.pid!, 'VmRSS');
    // The files reach the page as a person's do, through a file input; the page reads them as the import dialog does.
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<input type="file" multiple id="bench-files" hidden>')`);
    await page.setInputFiles('#bench-files', files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.data })));
    const result = (await page.evaluate(`(${IMPORT_IN_PAGE})(${JSON.stringify(probe)}, ${!cold})`)) as Omit<AppImportFigures, 'rssBeforeMb' | 'peakRssMb'>;
    return { ...result, rssBeforeMb: rssBefore / 1024, peakRssMb: procStatusKb(host.pid!, 'VmHWM') / 1024 };
  } finally {
    await page.close();
    host.kill('SIGTERM');
    await new Promise((resolve) => host.once('exit', resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function launchUrl(host: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    host.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(out);
      if (match) resolve(match[0]);
    });
    host.once('exit', (code) => reject(new Error(`the browser host exited (${code}) before it served: ${out}`)));
  });
}

/** A figure of /proc/<pid>/status, in kB (Linux, as this machine and CI are). */
function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}
