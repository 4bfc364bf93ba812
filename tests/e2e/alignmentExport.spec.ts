import fs from 'node:fs';
import { expect, screenshotPath, test } from './fixtures';
import { TmxExportMenu } from './pages/TmxExportMenu';

const BRIEFING = 'shgh-public-hospital-pilot';

test.describe('Export TMX', () => {
  test('downloads the document sentence by sentence, then paragraph by paragraph', async ({ library, reader, app, page }) => {
    const tmx = new TmxExportMenu(page);
    const doc = await app.backend.handlers.getDocument({ documentId: BRIEFING });
    await library.open();
    await library.openDocument(BRIEFING);
    await reader.waitForDocument(BRIEFING);

    await tmx.summary.click();
    await expect(tmx.panel).toBeVisible();
    const [sentences] = await Promise.all([page.waitForEvent('download'), tmx.choice('sentence').click()]);
    expect(sentences.suggestedFilename()).toBe(`${BRIEFING}-sentences.tmx`);
    const content = fs.readFileSync((await sentences.path())!, 'utf8');
    expect(content).toContain('segtype="sentence"');
    expect(content.match(/<tu /g)).toHaveLength(doc.links.length);
    // The menu closes once the file is handed over, and focus returns to it.
    await expect(tmx.panel).toBeHidden();
    await expect(tmx.summary).toBeFocused();

    await tmx.summary.click();
    const [paragraphs] = await Promise.all([page.waitForEvent('download'), tmx.choice('paragraph').click()]);
    expect(paragraphs.suggestedFilename()).toBe(`${BRIEFING}-paragraphs.tmx`);
    expect(fs.readFileSync((await paragraphs.path())!, 'utf8').match(/<tu /g)).toHaveLength(doc.segments.length);
  });

  test('a failed export is told in the interface language; Escape closes the menu', async ({ library, reader, page }) => {
    const tmx = new TmxExportMenu(page);
    await page.route('**/api/exportTmx', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'disk full' } } }));
    await library.open();
    await library.chooseLanguage('zh-CN');
    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), BRIEFING);
    await reader.waitForDocument(BRIEFING);
    await tmx.summary.click();
    await tmx.choice('sentence').click();
    await expect(tmx.error).toContainText('对照未能完成此操作');
    await expect(tmx.panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tmx.panel).toBeHidden();
  });

  for (const language of ['en', 'zh-CN'] as const) {
    test(`screenshot: the menu open (${language})`, async ({ library, reader, page }) => {
      const tmx = new TmxExportMenu(page);
      await library.open();
      await library.chooseLanguage(language);
      await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022'));
      await reader.waitForDocument('national-health-plan-14th-fyp-2022');
      await tmx.summary.click();
      await expect(tmx.panel).toBeVisible();
      await page.screenshot({ path: screenshotPath(`reader-tmx-export-${language}`) });
    });
  }
});
