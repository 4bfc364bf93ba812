import { expect, screenshotPath, test } from './fixtures';

// The screens a person looks at before calling a change done, in both interface languages.
for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots: library and reader (${language})`, async ({ library, reader, page }) => {
    await library.open();
    await library.chooseLanguage(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.screenshot({ path: screenshotPath(`library-${language}`) });

    await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022/p0070'));
    await reader.waitForDocument('national-health-plan-14th-fyp-2022');
    await page.waitForTimeout(300); // let the smooth parts of the layout settle before the picture
    await page.screenshot({ path: screenshotPath(`reader-${language}`) });

    await page.evaluate(() => (window.location.hash = '#/doc/shanghai-health-plan-briefing-2021'));
    await reader.waitForDocument('shanghai-health-plan-briefing-2021');
    await page.screenshot({ path: screenshotPath(`reader-briefing-${language}`) });

    await page.keyboard.press('Control+k');
    await page.keyboard.type(language === 'en' ? 'elderly care' : '医养结合', { delay: 20 });
    await expect(page.locator('.search-count')).toBeVisible();
    await page.screenshot({ path: screenshotPath(`search-${language}`) });
    await page.locator('.search-hit a').first().click();
    await expect(page.locator('mark[data-hit="current"]')).toBeInViewport();
    await page.screenshot({ path: screenshotPath(`reader-find-${language}`) });
  });
}
