import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { MessagesPage } from './pages/MessagesPage';

const PLAN = 'national-health-plan-14th-fyp-2022';
const SHGH = 'shgh-public-hospital-pilot';
const locale = (language: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'locales', language, 'translation.json'), 'utf8'));
/** Three Latin-script words in a row: an English sentence, where the interface should be Chinese. */
const LATIN_PHRASE = /[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+/;

test.describe('in the Simplified Chinese interface', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('a review note is shown in Chinese', async ({ library, reader, page }) => {
    const messages = new MessagesPage(page);
    await library.open();
    await library.openDocument(SHGH);
    await reader.waitForDocument(SHGH);
    const flag = messages.reviewFlag(`${SHGH}:p0006`);
    await flag.locator('summary').click();
    await expect(flag.locator('p')).toHaveText('原文笔误：“Longhua Hospitals”（一家医院却用了复数）；译作“龙华医院”。');
    await expect(flag.locator('p')).toHaveAttribute('lang', 'zh-CN');
  });

  test('a deep link to a paragraph the document lacks names its number, not its key', async ({ library, reader, page }) => {
    const messages = new MessagesPage(page);
    await library.open();
    await messages.openDeepLink(PLAN, 'p9999');
    await reader.waitForDocument(PLAN);
    await expect(messages.readerNotice).toHaveText('本文件中没有第 9999 段，已显示文件开头。');
    await messages.openDeepLink(PLAN, 'intro');
    await expect(messages.readerNotice).toHaveText('本文件中没有链接所指的段落，已显示文件开头。');
  });

  test('sibling headings of the outline show one marker form and start their titles at one edge', async ({ library, reader, page }) => {
    const messages = new MessagesPage(page);
    await library.open();
    await library.openDocument(PLAN);
    await reader.waitForDocument(PLAN);
    const sections = messages.outlineEntries(2);
    const markers = await messages.outlineMarker(sections).allTextContents();
    // The plan publishes （一） and (四) side by side; the outline shows them alike.
    expect(markers.length).toBeGreaterThan(30);
    for (const marker of markers) expect(marker).toMatch(/^（[一二三四五六七八九十]+）$/);
    const titleEdges = await messages.numberedTitleEdges(sections);
    expect(titleEdges).toHaveLength(markers.length);
    expect(new Set(titleEdges)).toEqual(new Set([titleEdges[0]]));
    // The verbatim text stays in the reader.
    await expect(reader.cell(reader.row(`${PLAN}:p0074`), 'zh')).toContainText('(四)加强职业健康保护。');
  });

  test('a file that is not an annotations file is explained in Chinese, without the English of the domain', async ({ library, page }) => {
    const annotate = new AnnotationsPage(page);
    const messages = new MessagesPage(page);
    const zh = locale('zh-CN');
    await library.open();
    await annotate.navLink.click();
    const paged = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: 'https://example.org/page1' });
    await annotate.importInput.setInputFiles({ name: 'paged.jsonld', mimeType: 'application/json', buffer: Buffer.from(paged) });
    const error = messages.importFileError('paged.jsonld');
    await expect(error.locator('p')).toHaveText([zh.annotations.importFileError['import-wrong-shape'], zh.errors.reason['paged-collection']]);
    expect(await error.textContent()).not.toMatch(LATIN_PHRASE);
  });
});

test('in English, a deep link to a paragraph the document lacks names its number, not its key', async ({ library, reader, page }) => {
  const messages = new MessagesPage(page);
  await library.open();
  await messages.openDeepLink(PLAN, 'p9999');
  await reader.waitForDocument(PLAN);
  await expect(messages.readerNotice).toHaveText('Paragraph 9999 was not found in this document; showing the start.');
  await expect(messages.readerNotice).not.toContainText('p9999');
});
