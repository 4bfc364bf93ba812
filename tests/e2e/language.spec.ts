import { expect, test } from './fixtures';

test('the interface switches to Simplified Chinese and remembers it', async ({ library, reader, page }) => {
  await library.open();
  await expect(library.heading).toHaveText('Library');
  await library.chooseLanguage('zh-CN');
  await expect(library.heading).toHaveText('文库');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Titles follow the interface language, the other language beneath.
  const plan = library.card('national-health-plan-14th-fyp-2022');
  await expect(plan.locator('.document-title')).toHaveText('国务院办公厅关于印发“十四五”国民健康规划的通知');
  await expect(plan).toContainText('2022年4月27日');
  await expect(plan).toContainText('国务院办公厅');
  await expect(plan.locator('.coverage[data-language="zh"]')).toHaveText('中文：已发布文本与参考译文');
  await expect(library.card('shgh-public-hospital-pilot').locator('.coverage[data-language="zh"]')).toHaveText('中文：参考译文');
  await expect(library.card('shgh-public-hospital-pilot')).toContainText('未注明日期');

  await page.reload();
  await library.waitUntilReady();
  await expect(library.heading).toHaveText('文库');

  await library.openDocument('national-health-plan-14th-fyp-2022');
  await reader.waitForDocument('national-health-plan-14th-fyp-2022');
  await expect(reader.columnHeaders).toHaveText(['中文', '英文']);

  await library.chooseLanguage('en');
  await expect(reader.columnHeaders).toHaveText(['Chinese', 'English']);
});

test.describe('on a Chinese system', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('the interface starts in Chinese until the user chooses otherwise', async ({ library }) => {
    await library.open();
    await expect(library.heading).toHaveText('文库');
    await expect(library.languageSelect).toHaveValue('system');
  });
});
