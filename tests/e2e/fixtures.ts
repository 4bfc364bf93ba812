import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { UiLanguage } from '../../contract/languages';
import { createBackend, type Backend } from '../../main/domain/backend';
import { startBrowserHost, type BrowserHost } from '../../main/host/browserHost';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** One running app: a backend on its own fresh profile folder, served by the browser host. */
export class AppUnderTest {
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

/** A backend on a fresh profile folder, served by its own browser host: the `app` fixture, or a second profile in a test. */
export async function launchApp(systemLanguage: UiLanguage = 'en'): Promise<AppUnderTest> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-e2e-'));
  const backend = createBackend({
    userDataDir,
    corpusFile: path.join(REPO_ROOT, 'resources', 'corpus.sqlite'),
    systemLanguage,
  });
  const host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
  return new AppUnderTest(host, backend, userDataDir);
}

export async function closeApp(app: AppUnderTest): Promise<void> {
  await app.host.close();
  app.backend.close();
  fs.rmSync(app.userDataDir, { recursive: true, force: true });
}

/** Screenshots a person looks at; kept under test-results/screenshots. */
export function screenshotPath(name: string): string {
  return path.join(REPO_ROOT, 'test-results', 'screenshots', `${name}.png`);
}
