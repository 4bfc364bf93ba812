import fs from 'node:fs';
import { uiLanguageFromLocale } from '../../contract/languages';
import { expect, captureScreen, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { SettingsPage } from './pages/SettingsPage';

// Issue "Usable by everyone": Chinese text in Simplified or Traditional at the reader's choice, apart from the
// interface language; search, annotations and exports keep working on the stored (Simplified) text.
const PLAN = 'national-health-plan-14th-fyp-2022';
const TITLE_SIMPLIFIED = '国务院办公厅关于印发“十四五”国民健康规划的通知';
const TITLE_TRADITIONAL = '國務院辦公廳關於印發“十四五”國民健康規劃的通知';
const STORED_QUOTE = '医疗卫生机构';
const SHOWN_QUOTE = '醫療衛生機構';

test('Traditional in the reader: the text converts, a highlight made on it anchors to the stored text, and 简 brings it back', async ({ library, reader, app, page }) => {
  const annotate = new AnnotationsPage(page);
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.kind === 'paragraph' && s.zh?.text.includes(STORED_QUOTE) && s.zh.text.includes('医院'))!;
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  const zh = reader.cellText(reader.row(segment.id), 'zh');
  await expect(zh).toContainText(STORED_QUOTE);

  await reader.scriptChoice('traditional').click();
  await expect(zh).toContainText(SHOWN_QUOTE);
  await expect(zh).toContainText('醫院');
  await expect(zh).toHaveAttribute('lang', 'zh-TW');
  await expect(reader.documentSubtitle).toHaveText(TITLE_TRADITIONAL);
  // The interface language is apart: still English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(reader.columnHeaders).toHaveText(['Chinese', 'English']);
  // Same length, unit for unit: the sentences still cover the text as they did.
  expect((await zh.textContent())!.length).toBe(segment.zh!.text.length);

  await annotate.select(zh, SHOWN_QUOTE);
  await annotate.swatch(annotate.toolbar, 'green').click();
  await expect(annotate.highlights(zh)).toHaveText(SHOWN_QUOTE);

  await page.reload();
  await reader.waitForDocument(PLAN);
  await expect(reader.scriptRadio('traditional')).toBeChecked();
  await expect(annotate.highlights(zh)).toHaveText(SHOWN_QUOTE);
  const [annotation] = (await app.backend.handlers.listAnnotations({ documentId: PLAN })).annotations;
  const start = segment.zh!.text.indexOf(STORED_QUOTE);
  expect(annotation.target.quote.exact).toBe(STORED_QUOTE);
  expect(annotation.placement).toMatchObject({ status: 'anchored', start, end: start + STORED_QUOTE.length });

  await reader.scriptChoice('simplified').click();
  await expect(zh).toHaveAttribute('lang', 'zh-CN');
  await expect(annotate.highlights(zh)).toHaveText(STORED_QUOTE);
  await expect(reader.documentSubtitle).toHaveText(TITLE_SIMPLIFIED);
});

test('search hits stay marked on Traditional text, and a query typed in either script finds them', async ({ library, reader, app, page }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.zh?.text.includes('综合医院'))!;
  await library.open();
  await page.evaluate(([id, key]) => (window.location.hash = `#/doc/${id}/${key}?q=${encodeURIComponent('医院')}`), [PLAN, segment.id.split(':')[1]]);
  await reader.waitForDocument(PLAN);
  const zh = reader.cellText(reader.row(segment.id), 'zh');
  const hits = reader.hitMarks(zh);
  await expect(hits.first()).toHaveText('医院');
  const count = await hits.count();

  await reader.scriptChoice('traditional').click();
  await expect(hits).toHaveCount(count);
  await expect(hits.first()).toHaveText('醫院');
  await expect(zh).toContainText('綜合醫院');

  // The find bar, in Traditional: the same hits.
  await page.locator('.find-bar input').fill('醫院');
  await expect(hits).toHaveCount(count);
  await expect(hits.first()).toHaveText('醫院');

  // The search results show their Chinese in Traditional too, each match still marked on the right characters.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('综合医院', { delay: 10 });
  const hit = page.locator(`.search-hit[data-segment-id="${segment.id}"] .snippet[data-side="zh"]`);
  await expect(hit).toContainText('綜合醫院');
  await expect(hit).toHaveAttribute('lang', 'zh-TW');
  await expect(hit.locator('mark').first()).toHaveText('綜合醫院');
});

test('Settings chooses the script for the whole app; exports carry the stored text and say so', async ({ library, reader, app, page }) => {
  const settings = new SettingsPage(page);
  const annotate = new AnnotationsPage(page);
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.zh?.text.includes(STORED_QUOTE))!;
  const start = segment.zh!.text.indexOf(STORED_QUOTE);
  await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start, end: start + STORED_QUOTE.length, exact: STORED_QUOTE, colour: 'yellow' });

  await library.open();
  await settings.open();
  await settings.chineseScriptChoice('traditional').click();
  await expect(settings.chineseScriptChoice('traditional')).toHaveClass(/is-selected/);
  await library.chooseLanguage('zh-CN');
  await expect(settings.chineseScriptChoice('traditional')).toHaveClass(/is-selected/);
  await page.evaluate(() => (window.location.hash = '#/'));
  await expect(library.card(PLAN).locator('.document-title')).toHaveText(TITLE_TRADITIONAL);
  await expect(library.card(PLAN).locator('.document-title')).toHaveAttribute('lang', 'zh-TW');

  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  await expect(reader.scriptRadio('traditional')).toBeChecked();
  await expect(annotate.highlights(reader.row(segment.id))).toHaveText(SHOWN_QUOTE);

  await annotate.navLink.click();
  // Listed in the script chosen; exported as stored.
  await expect(page.locator('.annotation-item .item-quote q').first()).toHaveText(SHOWN_QUOTE);
  const [download] = await Promise.all([page.waitForEvent('download'), annotate.exportButton('markdown').click()]);
  const markdown = fs.readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('中文文本：简体字，与发布时一致。');
  expect(markdown).toContain(`> ${STORED_QUOTE}`);
  expect(markdown).not.toContain(SHOWN_QUOTE);
});

test.describe('on a Traditional-Chinese system', () => {
  test.use({ systemLanguage: uiLanguageFromLocale('zh-HK') });

  test('documents show in Traditional until the user chooses Simplified, which is kept', async ({ library, reader, page }) => {
    await library.open();
    await expect(library.card(PLAN).locator('.document-title')).toHaveText(TITLE_TRADITIONAL);
    await library.openDocument(PLAN);
    await reader.waitForDocument(PLAN);
    await expect(reader.scriptRadio('traditional')).toBeChecked();
    await reader.scriptChoice('simplified').click();
    await expect(reader.documentTitle).toHaveText(TITLE_SIMPLIFIED);
    await page.reload();
    await reader.waitForDocument(PLAN);
    await expect(reader.scriptRadio('simplified')).toBeChecked();
    await expect(reader.documentTitle).toHaveText(TITLE_SIMPLIFIED);
  });
});

test('the bundled CJK faces are served by the app and usable for Chinese text', async ({ library, page }) => {
  await library.open();
  const fonts = await page.evaluate(async () => {
    const result: Record<string, { loaded: number; usable: boolean }> = {};
    for (const [family, text] of [['Duizhao Noto Serif SC', '医疗卫生'], ['Duizhao Noto Serif TC', '醫療衛生']]) {
      const faces = await document.fonts.load(`16px "${family}"`, text);
      result[family] = { loaded: faces.filter((face) => face.status === 'loaded').length, usable: document.fonts.check(`16px "${family}"`, text) };
    }
    return result;
  });
  for (const family of ['Duizhao Noto Serif SC', 'Duizhao Noto Serif TC']) {
    expect(fonts[family].loaded, family).toBeGreaterThan(0);
    expect(fonts[family].usable, family).toBe(true);
  }
  const served = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((p) => p.endsWith('.woff2')));
  expect(served.length).toBeGreaterThan(0);
  expect(served.every((p) => p.startsWith('/fonts/'))).toBe(true);
});

test('screenshot: the reader in Traditional, with a highlight and search hits (1360 px)', async ({ library, reader, app, page }) => {
  const segmentId = `${PLAN}:p0071`;
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const text = doc.segments.find((s) => s.id === segmentId)!.zh!.text;
  await app.backend.handlers.createAnnotation({ segmentId, side: 'zh', start: 0, end: 9, exact: text.slice(0, 9), colour: 'yellow' });
  await app.backend.handlers.setPreferences({ chineseScript: 'traditional' });
  await page.setViewportSize({ width: 1360, height: 900 });
  for (const language of ['en', 'zh-TW'] as const) {
    await library.open();
    await library.chooseLanguage(language);
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0070?q=${encodeURIComponent('健康')}`);
    await reader.waitForDocument(PLAN);
    await expect(reader.cellText(reader.row(segmentId), 'zh')).toContainText('預防保健');
    await reader.scrollRowToTop(`${PLAN}:p0070`);
    await page.waitForTimeout(300); // let the smooth parts of the layout settle before the picture
    await captureScreen(page, `reader-traditional-${language}`);
  }
});
