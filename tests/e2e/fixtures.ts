import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { UiLanguage } from '../../contract/languages';
import { createBackend, type Backend } from '../../main/domain/backend';
import { WorkerImportRunner } from '../../main/domain/documents/importPipelineRunner';
import { startBrowserHost, type BrowserHost } from '../../main/host/browserHost';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** One running app: a backend on its own profile folder, served by the browser host. */
export class AppUnderTest {
  /** Set once closeApp has run: closing again only removes what is left. */
  closed = false;

  constructor(
    readonly host: BrowserHost,
    readonly backend: Backend,
    readonly userDataDir: string,
  ) {}
}

interface Fixtures {
  systemLanguage: UiLanguage;
  app: AppUnderTest;
  library: LibraryPage;
  reader: ReaderPage;
}

export const test = base.extend<Fixtures>({
  systemLanguage: ['en', { option: true }],
  app: async ({ systemLanguage }, use) => {
    const app = await launchApp(systemLanguage);
    await use(app);
    await closeApp(app);
  },
  library: async ({ page, app }, use) => {
    await use(new LibraryPage(page, app.host));
  },
  reader: async ({ page }, use) => {
    await use(new ReaderPage(page));
  },
});

export { expect };

export interface LaunchOptions {
  /** Another corpus database (tests/helpers/changedCorpus.ts); by default the bundled one. */
  corpusFile?: string;
  /** An existing profile folder, to start again on the same user data; by default a fresh one. */
  userDataDir?: string;
}

/** A backend on a profile folder (fresh unless given), served by its own browser host: the `app` fixture, or a second profile in a test. */
export async function launchApp(systemLanguage: UiLanguage = 'en', options: LaunchOptions = {}): Promise<AppUnderTest> {
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-e2e-'));
  const backend = createBackend({
    userDataDir,
    corpusFile: options.corpusFile ?? path.join(REPO_ROOT, 'resources', 'corpus.sqlite'),
    systemLanguage,
    // The backend runs here from source, so it is told where the build wrote the import worker (as the app finds it beside its bundles).
    importRunner: new WorkerImportRunner(path.join(REPO_ROOT, 'dist', 'main', 'import-worker.js')),
  });
  const host = await startBrowserHost({ handlers: backend.handlers, downloads: backend.downloads, rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
  return new AppUnderTest(host, backend, userDataDir);
}

/** Stops the app and removes its profile folder, unless it is kept for a restart. */
export async function closeApp(app: AppUnderTest, options: { keepUserData?: boolean } = {}): Promise<void> {
  if (!app.closed) {
    app.closed = true;
    await app.host.close();
    app.backend.close();
  }
  if (!options.keepUserData) fs.rmSync(app.userDataDir, { recursive: true, force: true });
}

/**
 * Stops the app and starts it again on the same user data, with another corpus
 * if given (a quote checked after a corpus change). The new app has a new
 * address: open pages through its host. Close it with closeApp.
 */
export async function restartApp(app: AppUnderTest, systemLanguage: UiLanguage = 'en', options: Pick<LaunchOptions, 'corpusFile'> = {}): Promise<AppUnderTest> {
  await closeApp(app, { keepUserData: true });
  return launchApp(systemLanguage, { ...options, userDataDir: app.userDataDir });
}

/** Screenshots a person looks at; kept under test-results/screenshots. */
export function screenshotPath(name: string): string {
  return path.join(REPO_ROOT, 'test-results', 'screenshots', `${name}.png`);
}

/**
 * A screenshot for a person to look at. A capture that Chromium leaves waiting fails after 20 s, well inside the
 * test's timeout. Retaking it on the same page did not help (the CI of 2 December evening hung on both attempts),
 * so the only tests where it has happened, the 200 % zoom layout runs, are retried whole in a fresh browser
 * instead (layout.spec.ts).
 */
export async function captureScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), timeout: 20_000 });
}
