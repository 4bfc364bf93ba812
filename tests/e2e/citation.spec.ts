import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CitationPage } from './pages/CitationPage';
import { SettingsPage } from './pages/SettingsPage';

// Copy as citation (issue #12): the quote, its aligned counterpart sentence and a citation from stored fields, as text
// and HTML on the clipboard; the style chosen in Settings; plain Ctrl+C that keeps each side's provenance.
const PLAN = 'national-health-plan-14th-fyp-2022';
const P17 = `${PLAN}:p0017`;

test.describe('copy as citation, English interface', () => {
  test('a selection of the published English, with its Chinese counterpart and the source', async ({ library, reader, page, context, app }) => {
    const cite = new CitationPage(page);
    await CitationPage.allowClipboard(context, app.host.origin);
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    await cite.clearClipboard();
    await new AnnotationsPage(page).select(reader.cellText(P17, 'en'), 'build and share together');
    await cite.copyButton.click();
    await expect(cite.status).toHaveText('Citation copied.');

    const { text, html } = await cite.readClipboard();
    expect(text).toContain('build and share together\n— English, published text');
    // The aligned sentence, not the whole Chinese paragraph.
    expect(text).toContain('健康优先，共建共享。\n— Chinese, reference translation prepared for this edition; not an official text');
    expect(text).not.toContain('加快构建保障人民健康优先发展的制度体系');
    expect(text).toContain('General Office of the State Council. “Notice of the General Office of the State Council on Issuing the 14th Five-Year National Health Plan.”');
    expect(text).toContain('Guo Ban Fa [2022] No. 11. April 27, 2022, (2) Basic principles, para. 17 (published text).');
    expect(text).toContain(`duizhao://doc/${PLAN}/p0017?side=en`);
    expect(html).toContain('<blockquote lang="en"><p>build and share together</p>');
    expect(html).toContain('<blockquote lang="zh-CN"><p>健康优先，共建共享。</p>');
  });

  test('a paragraph from its row, a sentence by its key, and a selection as Markdown', async ({ library, reader, page, context, app }) => {
    const cite = new CitationPage(page);
    await CitationPage.allowClipboard(context, app.host.origin);
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    const row = reader.row(P17);
    await row.hover();
    await cite.paragraphButton(row).click();
    await expect(cite.status).toHaveText('Citation copied.');
    const paragraph = await cite.readClipboard();
    expect(paragraph.text).toMatch(/^Health first, build and share together\. Accelerate/);
    expect(paragraph.text).toContain('para. 17');

    // C on the focused sentence (entered with Alt+↓ from the paragraph's link) copies that sentence.
    await cite.clearClipboard();
    await reader.tabStop(`${PLAN}:p0018`).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(reader.sentence('zh', `${PLAN}:p0018.s1`)).toBeFocused();
    await page.keyboard.press('c');
    await expect.poll(async () => (await cite.readClipboard()).text).toMatch(/^预防为主，强化基层。\n— Chinese, reference translation/);
    expect((await cite.readClipboard()).text).toContain('Focus on prevention and strengthen the grassroots.\n— English, published text');

    await new AnnotationsPage(page).select(reader.cellText(P17, 'en'), 'Health first');
    await cite.copyMarkdownButton.click();
    await expect(cite.status).toHaveText('Citation copied as Markdown.');
    const markdown = await cite.readClipboard();
    expect(markdown.html).toBeNull();
    expect(markdown.text).toMatch(/^> Health first\n>\n> \*English, published text\*/);
    expect(markdown.text).toContain('Guo Ban Fa \\[2022\\] No. 11');
  });

  test('plain Ctrl+C of a reference translation carries its provenance; copying in a field is left alone', async ({ library, reader, page, context, app }) => {
    const cite = new CitationPage(page);
    await CitationPage.allowClipboard(context, app.host.origin);
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    await new AnnotationsPage(page).select(reader.cellText(P17, 'zh'), '健康优先，共建共享');
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await cite.readClipboard()).text).toBe(
      '健康优先，共建共享\n\n— Chinese: reference translation prepared for this edition; not an official text.',
    );
    expect((await cite.readClipboard()).html).toContain('<p>— Chinese: reference translation prepared for this edition; not an official text.</p>');

    const search = page.locator('.top-bar input[type="search"]');
    await search.fill('健康中国');
    await search.selectText();
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await cite.readClipboard()).text).toBe('健康中国');
  });
});

test.describe('copy as citation, Chinese interface', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('C on a selection copies a GB/T 7714 citation; choosing the English style in Settings changes it', async ({ library, reader, page, context, app }) => {
    const cite = new CitationPage(page);
    await CitationPage.allowClipboard(context, app.host.origin);
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    await new AnnotationsPage(page).select(reader.cellText(P17, 'zh'), '健康优先');
    await page.keyboard.press('c');
    await expect(cite.status).toHaveText('引文已复制。');
    const chinese = await cite.readClipboard();
    expect(chinese.text).toContain('健康优先\n— 中文：本版编制的参考译文，非官方文本');
    expect(chinese.text).toContain('Health first, build and share together.\n— 英文：正式发布文本');
    expect(chinese.text).toContain('国务院办公厅. 国务院办公厅关于印发“十四五”国民健康规划的通知: 国办发〔2022〕11号[Z]. 2022-04-27. （二）基本原则, 第17段（本版编制的参考译文，非官方文本）.');
    expect(chinese.html).toContain('<blockquote lang="zh-CN"><p>健康优先</p>');

    const settings = new SettingsPage(page);
    await settings.open();
    await expect(cite.styleRadio('auto')).toBeChecked();
    await expect(cite.styleExample).toContainText('国办发〔2022〕11号[Z]');
    await cite.styleChoice('en-chicago').click();
    await expect(cite.styleExample).toContainText('Guo Ban Fa [2022] No. 11. April 27, 2022');

    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    await cite.clearClipboard();
    await new AnnotationsPage(page).select(reader.cellText(P17, 'zh'), '健康优先');
    await cite.copyButton.click();
    await expect.poll(async () => (await cite.readClipboard()).text).not.toBe('-');
    const english = await cite.readClipboard();
    expect(english.text).toContain('健康优先\n— Chinese, reference translation prepared for this edition; not an official text');
    expect(english.text).toContain('Guo Ban Fa [2022] No. 11. April 27, 2022, (2) Basic principles, para. 17 (reference translation prepared for this edition; not an official text).');
  });
});
