import { uiLanguageFromLocale } from '../../contract/languages';
import { expect, test } from './fixtures';

const PLAN = 'national-health-plan-14th-fyp-2022';
const PLAN_TITLE_ZH = '国务院办公厅关于印发“十四五”国民健康规划的通知';
const PLAN_TITLE_ZH_TRADITIONAL = '國務院辦公廳關於印發“十四五”國民健康規劃的通知';

test('the interface switches to Simplified Chinese and remembers it', async ({ library, reader, page }) => {
  await library.open();
  await expect(library.heading).toHaveText('Library');
  await library.chooseLanguage('zh-CN');
  await expect(library.heading).toHaveText('文库');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Titles follow the interface language, the other language beneath.
  const plan = library.card(PLAN);
  await expect(plan.locator('.document-title')).toHaveText(PLAN_TITLE_ZH);
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

test('choosing Traditional Chinese in the switcher is remembered, and System goes back to the system language', async ({ library, reader, page }) => {
  await library.open();
  await library.chooseLanguage('zh-TW');
  await expect(library.heading).toHaveText('文庫');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.locator('.top-nav')).toContainText('註記');

  await page.reload();
  await library.waitUntilReady();
  await expect(library.heading).toHaveText('文庫');
  await expect(library.languageSelect).toHaveValue('zh-TW');
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  await expect(reader.columnHeaders).toHaveText(['中文', '英文']);

  await library.chooseLanguage('system');
  await expect(reader.columnHeaders).toHaveText(['Chinese', 'English']);
  await page.reload();
  await reader.waitForDocument(PLAN);
  await expect(library.languageSelect).toHaveValue('system');
  await expect(reader.columnHeaders).toHaveText(['Chinese', 'English']);
});

test.describe('on a Traditional-Chinese system', () => {
  // As the hosts do: the system's locale (here Hong Kong's) mapped to an interface language.
  test.use({ systemLanguage: uiLanguageFromLocale('zh-HK') });

  test('the interface starts in Traditional Chinese, and the documents show in Traditional characters too', async ({ library, reader, page }) => {
    await library.open();
    await expect(library.heading).toHaveText('文庫');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(library.languageSelect).toHaveValue('system');
    await expect(library.languageSelect.locator('option[value="system"]')).toHaveText('跟隨系統（繁體中文）');
    await expect(page.locator('.brand-han')).toHaveText('對照');
    await expect(page.locator('.brand-han')).toHaveAttribute('lang', 'zh-TW');
    await expect(page).toHaveTitle('對照 Duizhao');

    // The document text, stored in Simplified, is shown in Traditional on such a system (chineseScript.spec.ts),
    // and says so for its glyphs and fonts.
    const title = library.card(PLAN).locator('.document-title');
    await expect(title).toHaveText(PLAN_TITLE_ZH_TRADITIONAL);
    await expect(title).toHaveAttribute('lang', 'zh-TW');
    await expect(library.card(PLAN).locator('.coverage[data-language="zh"]')).toHaveText('中文：已發布文本與參考譯文');

    // Fonts: the interface and the text in Traditional faces.
    const fontOf = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily);
    const uiFont = await fontOf('.library h1');
    expect(uiFont).toContain('"Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei"');
    expect(uiFont).not.toContain(' SC"');
    expect(await fontOf('.brand-han')).toMatch(/^"Noto Serif CJK TC"/);

    await library.openDocument(PLAN);
    await reader.waitForDocument(PLAN);
    await expect(reader.columnHeaders).toHaveText(['中文', '英文']);
    const zhText = page.locator('.cell[data-side="zh"] .cell-text').first();
    await expect(zhText).toHaveAttribute('lang', 'zh-TW');
    expect(await zhText.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Serif CJK TC"/);
  });
});
