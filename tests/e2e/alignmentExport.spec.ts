import fs from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { unguardCsvCell } from '../../main/domain/exportFormats';
import { parseCsv } from '../../main/domain/terminology/csvTable';
import { expect, captureScreen, test } from './fixtures';
import { AlignmentExportMenu } from './pages/AlignmentExportMenu';
import { seriousViolations } from './axe';

const BRIEFING = 'shgh-public-hospital-pilot';

test.describe('Export alignment', () => {
  test('downloads TMX, CSV and a Word table, by sentence and by paragraph, chosen by keyboard and mouse', async ({ library, reader, app, page }) => {
    const menu = new AlignmentExportMenu(page);
    const doc = await app.backend.handlers.getDocument({ documentId: BRIEFING });
    await library.open();
    await library.openDocument(BRIEFING);
    await reader.waitForDocument(BRIEFING);

    await menu.summary.click();
    await expect(menu.panel).toBeVisible();
    const [tmx] = await Promise.all([page.waitForEvent('download'), menu.format('tmx').click()]);
    expect(tmx.suggestedFilename()).toBe(`${BRIEFING}-sentences.tmx`);
    const content = fs.readFileSync((await tmx.path())!, 'utf8');
    expect(content).toContain('segtype="sentence"');
    expect(content.match(/<tu /g)).toHaveLength(doc.links.length);
    // The menu closes once the file is handed over, and focus returns to it.
    await expect(menu.panel).toBeHidden();
    await expect(menu.summary).toBeFocused();

    // By keyboard: open, choose paragraphs, then CSV.
    await page.keyboard.press('Enter');
    await expect(menu.panel).toBeVisible();
    await menu.level('sentence').focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu.level('paragraph')).toBeChecked();
    await menu.format('csv').focus();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toBe(`${BRIEFING}-paragraphs.csv`);
    const bytes = fs.readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1)).map((row) => row.map(unguardCsvCell));
    // This release was published in English; its Chinese is a translation made for the edition, and the header says so.
    expect(header).toEqual(['Chinese (reference translation prepared for this edition, not an official text)', 'English (published text)']);
    expect(rows).toEqual(doc.segments.filter((s) => s.zh || s.en).map((s) => [s.zh?.text ?? '', s.en?.text ?? '']));

    // The Word table, sentence by sentence, the links to check shaded (the option is on by default).
    await menu.summary.click();
    await menu.level('sentence').check();
    await expect(menu.markLowConfidence).toBeChecked();
    const [docx] = await Promise.all([page.waitForEvent('download'), menu.format('docx').click()]);
    expect(docx.suggestedFilename()).toBe(`${BRIEFING}-sentences.docx`);
    const buffer = fs.readFileSync((await docx.path())!);
    const { value: words } = await mammoth.extractRawText({ buffer });
    expect(words).toContain(doc.title.zh!);
    expect(words).toContain(doc.title.en!);
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(doc.links.length + 1);
    expect(xml).toContain('<w:tblHeader/>');
  });

  test('a failed export is told in the interface language; Escape closes the menu', async ({ library, reader, page }) => {
    const menu = new AlignmentExportMenu(page);
    await page.route('**/api/exportAlignment', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'disk full' } } }));
    await library.open();
    await library.chooseLanguage('zh-CN');
    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), BRIEFING);
    await reader.waitForDocument(BRIEFING);
    await expect(menu.summary).toHaveText('导出对照');
    await menu.summary.click();
    await menu.format('docx').click();
    await expect(menu.error).toContainText('对照未能完成此操作');
    await expect(menu.panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu.panel).toBeHidden();
  });

  for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
    test(`the menu open has no serious accessibility violations; screenshot (${language})`, async ({ library, reader, page }) => {
      const menu = new AlignmentExportMenu(page);
      await library.open();
      await library.chooseLanguage(language);
      await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022'));
      await reader.waitForDocument('national-health-plan-14th-fyp-2022');
      await menu.summary.click();
      await expect(menu.panel).toBeVisible();
      expect(await seriousViolations(page, '.alignment-export')).toEqual([]);
      await captureScreen(page, `reader-alignment-export-${language}`);
    });
  }
});
