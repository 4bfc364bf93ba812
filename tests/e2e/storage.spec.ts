import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createBackend } from '../../main/domain/backend';
import { startBrowserHost } from '../../main/host/browserHost';
import { makeReadOnly } from '../helpers/readOnly';
import { captureScreen } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const corpusFile = path.join(REPO_ROOT, 'resources', 'corpus.sqlite');
const PLAN = 'national-health-plan-14th-fyp-2022';

/**
 * Issue 13, item 1: a profile whose folder is read-only opens with its data
 * shown and a banner that stays. Made here rather than by the shared fixture,
 * since the folder must be filled and locked before the app starts.
 */
test('a read-only profile shows its data and a banner that stays, in both languages', async ({ page }) => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-e2e-read-only-'));
  const seed = createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
  const segment = (await seed.handlers.getDocument({ documentId: PLAN })).segments.find((s) => s.zh && s.zh.text.length > 20)!;
  await seed.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start: 0, end: 4, exact: segment.zh!.text.slice(0, 4), colour: 'yellow', note: 'kept while read-only', tags: [] });
  seed.close();
  const undo = makeReadOnly(userDataDir);
  test.skip(!undo, 'this machine cannot make a folder read-only for this user');

  const backend = createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
  const host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
  try {
    const library = new LibraryPage(page, host);
    await library.open();
    const banner = page.locator('[data-notice="user-data-read-only"]');
    await expect(banner).toContainText('cannot save to');
    await expect(banner.getByRole('button')).toHaveCount(0);

    await page.goto(`${host.launchUrl.split('#')[0]}#/annotations`);
    await expect(page.getByText('kept while read-only')).toBeVisible();
    await expect(banner).toBeVisible();

    for (const width of [1360, 800]) {
      await page.setViewportSize({ width, height: 700 });
      await captureScreen(page, `read-only-banner-en-${width}`);
    }
    // The language cannot be saved, but holds for the session, with no error over the banner.
    await library.chooseLanguage('zh-CN');
    await expect(banner).toContainText('无法保存到');
    await expect(page.locator('.error-message')).toHaveCount(0);
    for (const width of [1360, 800]) {
      await page.setViewportSize({ width, height: 700 });
      await captureScreen(page, `read-only-banner-zh-CN-${width}`);
    }
  } finally {
    await host.close();
    backend.close();
    undo?.();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});
