import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Drives the real Electron app. Runs wherever Electron's binary is installed;
// elsewhere (machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it is
// skipped and says so.
const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The Electron binary, found the way the electron package finds it, but
 * without its fallback of downloading one: a test must not reach the network.
 */
function electronBinary(): string | null {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : 'electron';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.log('SKIPPED: the Electron end-to-end spec needs Electron’s binary, which is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1).');
}

test.describe('Electron app', () => {
  test.skip(!binary, 'Electron binary not installed');

  test('opens the library, reads a document side by side, and is locked down', async () => {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [REPO_ROOT],
      env: { ...process.env, DUIZHAO_USER_DATA_DIR: userDataDir },
    });
    try {
      const page = await app.firstWindow();
      await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
      await expect(page).toHaveURL(/^app:\/\/duizhao\/index\.html/);

      // Only named calls, no generic invoke, no Node: contextIsolation and sandbox at work.
      const exposed = await page.evaluate(() => ({
        calls: Object.keys((window as unknown as { duizhao: object }).duizhao).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed.calls).toContain('getDocument');
      expect(exposed.calls).not.toContain('invoke');
      expect(exposed).toMatchObject({ require: 'undefined', process: 'undefined' });

      await expect(page.locator('.document-card')).toHaveCount(5);
      await page.locator('.document-card[data-document-id="national-health-plan-14th-fyp-2022"] .document-link').click();
      await page.locator('body[data-reader-ready="national-health-plan-14th-fyp-2022"]').waitFor({ state: 'attached' });
      await expect(page.locator('.column-header')).toHaveCount(2);
      // Sentence links: hovering a Chinese sentence marks its English counterpart.
      const sentence = page.locator('.segment-paragraph .cell[data-side="zh"] .sentence').first();
      await sentence.hover();
      const link = await sentence.getAttribute('data-link');
      await expect(page.locator(`.cell[data-side="en"] .sentence[data-link="${link}"][data-pair]`).first()).toBeVisible();
      await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'screenshots', 'electron-reader.png') });

      // Navigation away from the app and new windows are refused.
      await page.evaluate(() => window.open('https://example.org/'));
      expect(app.windows()).toHaveLength(1);
      await page.evaluate(() => (window.location.href = 'https://example.org/'));
      await expect(page).toHaveURL(/^app:\/\/duizhao\//);

      // Arguments are validated in main: a bad call is a typed error, not a crash.
      const bad = await page.evaluate(() => (window as unknown as { duizhao: { getDocument(a: unknown): Promise<unknown> } }).duizhao.getDocument({ documentId: 42 }));
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });

      // The user database lives in userData, and the daily backup was made at start.
      expect(fs.existsSync(path.join(userDataDir, 'duizhao.sqlite'))).toBe(true);
      expect(fs.readdirSync(path.join(userDataDir, 'backups')).filter((name) => name.endsWith('-daily.sqlite'))).toHaveLength(1);
    } finally {
      await app.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });

  test('File › Import Documents… opens the import dialog, and a pair imported there opens in the reader', async () => {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [REPO_ROOT], env: { ...process.env, DUIZHAO_USER_DATA_DIR: userDataDir } });
    try {
      const page = await app.firstWindow();
      await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
      // The menu item as a person clicks it (its accelerator is CmdOrCtrl+O).
      await app.evaluate(({ Menu }) => {
        const file = Menu.getApplicationMenu()!.items.find((item) => item.submenu?.items.some((sub) => sub.accelerator === 'CmdOrCtrl+O'))!;
        file.submenu!.items.find((sub) => sub.accelerator === 'CmdOrCtrl+O')!.click();
      });
      const dialog = page.locator('dialog.import-dialog');
      await expect(dialog).toBeVisible();
      const pair = path.join(REPO_ROOT, 'tests', 'fixtures', 'release-pair');
      await dialog.locator('.import-file-input').setInputFiles([path.join(pair, 'release.zh.docx'), path.join(pair, 'release.en.pdf')]);
      await dialog.locator('.import-start').click();
      // Parsed and aligned by the worker the build wrote beside the main bundle.
      await expect(dialog.locator('.document-preview')).toBeVisible({ timeout: 30_000 });
      await dialog.locator('.import-commit').click();
      await expect(page).toHaveURL(/#\/doc\/my-/);
      await expect(page.locator('.segment .cell[data-side="zh"]').filter({ hasText: '家庭医生团队' })).toHaveCount(1);
    } finally {
      await app.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });

  test('a highlight made in the window is stored in main and survives a restart of the app', async () => {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-electron-'));
    const launch = () => electron.launch({ executablePath: binary!, args: [REPO_ROOT], env: { ...process.env, DUIZHAO_USER_DATA_DIR: userDataDir } });
    const plan = 'national-health-plan-14th-fyp-2022';
    try {
      let app = await launch();
      let page = await app.firstWindow();
      await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${plan}`);
      await page.locator(`body[data-reader-ready="${plan}"]`).waitFor({ state: 'attached' });
      const cell = page.locator('.segment-paragraph .cell[data-side="zh"] .cell-text').first();
      await cell.evaluate((element) => {
        // The text is split into sentences: select the first four characters of its first text node.
        const first = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.setStart(first, 0);
        range.setEnd(first, 4);
        window.getSelection()!.addRange(range);
      });
      await page.locator('.selection-toolbar').waitFor();
      await page.keyboard.press('2');
      await expect(cell.locator('.annotation.colour-green')).toHaveCount(1);
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
      await page.evaluate(() => (window.location.hash = '#/annotations'));
      await expect(page.locator('.annotation-item')).toHaveCount(1);
      await app.close();
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
