import { buildChangedCorpus, removeChangedCorpus } from '../helpers/changedCorpus';
import { closeApp, expect, launchApp, restartApp, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PacksPage } from './pages/PacksPage';

// A quote that changed in the corpus since it was put in a pack (issue 12): flagged when the pack opens after a
// restart, shown beside today's text with the difference marked, and never exported without the user saying so.
test.describe.configure({ timeout: 120_000 });
const PLAN = 'national-health-plan-14th-fyp-2022';
const SEGMENT = `${PLAN}:p0012`;
const QUOTE = '2015年至2020年，人均预期寿命从76.34岁提高到77.93岁';
let changedCorpus: string;
// Today's corpus after an editor corrected one figure of the quoted paragraph.
test.beforeAll(() => {
  changedCorpus = buildChangedCorpus([{ kind: 'text', segmentId: SEGMENT, side: 'zh', text: (old) => old.replace('77.93岁', '77.95岁') }]);
});
test.afterAll(() => removeChangedCorpus(changedCorpus));

for (const language of ['en', 'zh-CN'] as const) {
  test(`a changed quote is flagged beside today's text after a restart, and export waits for the user (${language})`, async ({ page }) => {
    let app = await launchApp(language);
    const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
    const quoteStart = doc.segments.find((s) => s.id === SEGMENT)!.zh!.text.indexOf(QUOTE);
    const pack = await app.backend.handlers.createPack({ title: 'Figures' });
    await app.backend.handlers.addQuotes({
      packId: pack.id,
      sources: [
        { kind: 'range', target: { segmentId: SEGMENT, side: 'zh', start: quoteStart, end: quoteStart + QUOTE.length } },
        { kind: 'paragraph', segmentId: `${PLAN}:p0011`, side: 'en' },
      ],
    });
    app = await restartApp(app, language, { corpusFile: changedCorpus });
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
      await closeApp(app);
    }
  });
}
