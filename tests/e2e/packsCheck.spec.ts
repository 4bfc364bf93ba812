import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect } from '@playwright/test';
import { createBackend } from '../../main/domain/backend';
import { startBrowserHost } from '../../main/host/browserHost';
import { AppUnderTest } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PacksPage } from './pages/PacksPage';

// A quote that changed in the corpus since it was put in a pack (issue 12): flagged when the pack opens after a
// restart, shown beside today's text with the difference marked, and never exported without the user saying so.
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PLAN = 'national-health-plan-14th-fyp-2022';
const SEGMENT = `${PLAN}:p0012`;
const QUOTE = '2015年至2020年，人均预期寿命从76.34岁提高到77.93岁';
const test = base.extend<{ workDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-packs-check-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

async function start(corpusFile: string, userDataDir: string, systemLanguage: 'en' | 'zh-CN'): Promise<AppUnderTest> {
  const backend = createBackend({ userDataDir, corpusFile, systemLanguage });
  const host = await startBrowserHost({ handlers: backend.handlers, rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
  return new AppUnderTest(host, backend, userDataDir);
}

async function stop(app: AppUnderTest): Promise<void> {
  await app.host.close();
  app.backend.close();
}

/** Today's corpus after an editor corrected one figure of the quoted paragraph. */
function changeCorpus(corpusFile: string): void {
  const db = new Database(corpusFile);
  db.prepare('UPDATE segment SET text_zh = replace(text_zh, ?, ?) WHERE id = ?').run('77.93岁', '77.95岁', SEGMENT);
  db.close();
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`a changed quote is flagged beside today's text after a restart, and export waits for the user (${language})`, async ({ page, workDir }) => {
    const corpusFile = path.join(workDir, 'corpus.sqlite');
    fs.copyFileSync(path.join(REPO_ROOT, 'resources', 'corpus.sqlite'), corpusFile);
    const userDataDir = path.join(workDir, 'user');
    fs.mkdirSync(userDataDir);

    let app = await start(corpusFile, userDataDir, language);
    const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
    const start0 = doc.segments.find((s) => s.id === SEGMENT)!.zh!.text.indexOf(QUOTE);
    const pack = await app.backend.handlers.createPack({ title: 'Figures' });
    await app.backend.handlers.addQuotes({
      packId: pack.id,
      sources: [
        { kind: 'range', target: { segmentId: SEGMENT, side: 'zh', start: start0, end: start0 + QUOTE.length } },
        { kind: 'paragraph', segmentId: `${PLAN}:p0011`, side: 'en' },
      ],
    });
    await stop(app);
    changeCorpus(corpusFile);
    app = await start(corpusFile, userDataDir, language);
    try {
      const library = new LibraryPage(page, app.host);
      const packs = new PacksPage(page);
      await library.open();
      await packs.openPack(pack.id);

      const changed = packs.card(1);
      await expect(packs.badge(changed)).toHaveAttribute('data-status', 'changed');
      await expect(packs.badge(packs.card(2))).toHaveAttribute('data-status', 'exact');
      await expect(packs.checkSummary).toHaveText(language === 'en' ? '1 changed' : '1 条已改动');
      // The quote as kept and today's text side by side, the differing figure marked on each.
      await expect(packs.compare(changed).locator('del')).toHaveText('3');
      await expect(packs.compare(changed).locator('ins')).toHaveText('5');
      await expect(packs.compare(changed)).toContainText('77.95');

      await packs.exportButton.click();
      await expect(packs.exportFlagged).toContainText(language === 'en' ? 'Card [1]' : '卡片 [1]');
      await expect(packs.exportRun).toBeDisabled();
      await packs.exportConfirm.check();
      await expect(packs.exportRun).toBeEnabled();
      await page.keyboard.press('Escape');
      await expect(packs.exportDialog).toBeHidden();

      await packs.useTodayButton(changed).click();
      await expect(packs.badge(changed)).toHaveAttribute('data-status', 'exact');
      await expect(changed.locator('.cited-quote blockquote')).toContainText('77.95');
      await expect(packs.checkSummary).toHaveText(language === 'en' ? 'All 2 quotes match today\'s corpus.' : '全部 2 条引文与当前语料一致。');
    } finally {
      await stop(app);
    }
  });
}
