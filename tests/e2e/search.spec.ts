import { expect, test } from './fixtures';
import { SearchPage } from './pages/SearchPage';

const PLAN = 'national-health-plan-14th-fyp-2022';

test('a Chinese query finds its hits with the English counterpart, and opens the reader on the highlighted match', async ({ library, reader, page }) => {
  const search = new SearchPage(page);
  await library.open();
  await search.type('医养结合');
  await expect(search.count).toHaveText('2 matching paragraphs in 1 document');
  const first = search.hits.first();
  await expect(first.locator('.snippet[data-side="zh"] mark').first()).toHaveText('医养结合');
  await expect(first.locator('.snippet[data-side="en"]')).toContainText('elderly');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await reader.waitForDocument(PLAN);
  const segmentId = await page.evaluate(() => decodeURIComponent(location.hash.split('?')[0].split('/').slice(2).join(':')));
  const row = reader.row(segmentId);
  await expect(row).toHaveClass(/is-target/);
  await expect(row.locator('mark[data-hit="current"]')).toHaveText('医养结合');
  await expect(row.locator('mark[data-hit="current"]')).toBeInViewport();
  await expect(page.locator('.find-count')).toHaveText(/of 4$/);

  // F3 steps to the next hit in the document.
  const before = await page.locator('.find-count').textContent();
  await page.keyboard.press('F3');
  await expect(page.locator('.find-count')).not.toHaveText(before!);
  await expect(page.locator('mark[data-hit="current"]')).toBeInViewport();
});

test('an English query matches word forms and shows the Chinese counterpart', async ({ library, page }) => {
  const search = new SearchPage(page);
  await library.open();
  await search.type('palliative cares');
  await expect(search.count).toContainText('matching paragraph');
  const hit = search.hits.first();
  // "cares" finds "care": word forms match.
  await expect(hit.locator('.snippet[data-side="en"] mark', { hasText: /^palliative$/i }).first()).toBeVisible();
  await expect(hit.locator('.snippet[data-side="en"] mark', { hasText: /^care$/i }).first()).toBeVisible();
  await expect(hit.locator('.snippet[data-side="zh"]')).toHaveAttribute('lang', 'zh-CN');
  await expect(hit.locator('.snippet[data-side="zh"]')).not.toBeEmpty();
  await hit.locator('a').click();
  await expect(page.locator('mark[data-hit="current"]')).toBeInViewport();
});

test('filters, notices and the empty state explain themselves', async ({ library, page }) => {
  const search = new SearchPage(page);
  await library.open();
  await search.type('卫生');
  await expect(search.count).toContainText('matching paragraphs');
  await search.filter('English').first().click();
  await expect(search.emptyState).toContainText('With this language filter');
  await search.filter('Either language').click();
  await search.filter('News').click();
  await expect(search.groups).toHaveCount(1);
  await expect(search.groups.first()).toHaveAttribute('data-document-id', 'shgh-public-hospital-pilot');

  await search.box.fill('zzqqxxjj');
  await expect(search.emptyState).toContainText('Nothing matches “zzqqxxjj”');
  await search.box.fill('"NEAR( ^* AND AND');
  await expect(search.emptyState).toBeVisible();
  await search.box.fill('');
  await expect(search.emptyState).toContainText('Type a word');
});

test.describe('in Chinese', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('the search speaks Chinese and Traditional characters find Simplified text', async ({ library, page }) => {
    const search = new SearchPage(page);
    await library.open();
    await search.type('醫養結合');
    await expect(search.count).toHaveText('共 2 个匹配段落 分布于 1 份文件');
    await expect(search.hits.first().locator('mark').first()).toHaveText('医养结合');
  });
});

test('a corrected typo says what was searched for, marks every hit, and offers the words as typed', async ({ library, page }) => {
  const search = new SearchPage(page);
  await library.open();
  await search.type('hosptial');
  await expect(search.fallbackNotice).toContainText('Showing results for hospital.');
  await expect(search.searchedFor).toHaveText('hospital');
  await expect(search.count).toContainText('matching paragraphs');
  expect(await search.hits.count()).toBeGreaterThan(10);
  expect(await search.hitsWithoutHighlight()).toBe(0);
  // "hospitals" is a form of the correction: marked too.
  await expect(search.hits.locator('mark', { hasText: /^hospitals$/i }).first()).toBeVisible();

  await expect(search.searchInstead).toHaveText('Search instead for hosptial');
  await search.searchInstead.click();
  await expect(search.emptyState).toContainText('Nothing matches “hosptial”');
  await expect(search.fallbackNotice).toHaveCount(0);
  await page.goBack();
  await expect(search.searchedFor).toHaveText('hospital');
  await expect(search.count).toContainText('matching paragraphs');
});

for (const [language, showing, instead] of [
  ['zh-CN', '以下是“hospital”的检索结果。', '仍然检索“hosptial”'],
  ['zh-TW', '以下是「hospital」的搜尋結果。', '仍要搜尋「hosptial」'],
] as const) {
  test.describe(`the typo notice in ${language}`, () => {
    test.use({ systemLanguage: language });

    test('says what was searched for and offers the words as typed', async ({ library, page }) => {
      const search = new SearchPage(page);
      await library.open();
      await search.type('hosptial');
      await expect(search.fallbackNotice).toContainText(showing);
      await expect(search.searchInstead).toHaveText(instead);
      expect(await search.hitsWithoutHighlight()).toBe(0);
    });
  });
}

test('Back from a hit returns to the same results, scrolled where they were, with that hit focused', async ({ library, reader, page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const search = new SearchPage(page);
  await library.open();
  await search.type('health');
  await search.filter('English').first().click();
  await expect(search.page).toHaveURL(/lang=en/);
  await expect(search.hits.nth(14)).toBeVisible();
  const segmentId = (await search.hits.nth(14).getAttribute('data-segment-id'))!;
  const link = search.hitLink(segmentId);

  const ways = {
    'the browser': () => page.goBack(),
    'the app': () => search.backToResults.click(),
    'Alt+Left': () => page.keyboard.press('Alt+ArrowLeft'),
  };
  for (const [way, goBack] of Object.entries(ways)) {
    await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await link.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled, way).toBeGreaterThan(300);
    await page.keyboard.press('Enter');
    await reader.waitForDocument(segmentId.split(':')[0]);
    await goBack();
    await expect(search.view, way).toBeVisible();
    await expect(search.box, way).toHaveValue('health');
    await expect(search.filter('English').first().locator('input'), way).toBeChecked();
    await expect(link, way).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY), { message: way }).toBeGreaterThan(scrolled - 5);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled), way).toBeLessThanOrEqual(5);
  }
});

for (const [name, viewport, deviceScaleFactor] of [
  ['800 px', { width: 800, height: 600 }, 1],
  ['200 % zoom (680 CSS px)', { width: 680, height: 450 }, 2],
] as const) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport, deviceScaleFactor });

    test('the search box shows the query whole, the first result is in view, and the filters fold behind a button', async ({ library, page }) => {
      const search = new SearchPage(page);
      await library.open();
      await search.type('public hospitals');
      await expect(search.count).toContainText('matching paragraphs');
      const input = await search.box.evaluate((el: HTMLInputElement) => ({ width: el.getBoundingClientRect().width, overflows: el.scrollWidth > el.clientWidth }));
      expect(input.width).toBeGreaterThanOrEqual(180);
      expect(input.overflows).toBe(false);
      await expect(search.hits.first()).toBeInViewport();
      await expect(search.filtersPanel).toBeHidden();
      await expect(search.filtersToggle).toHaveText('Filters');
      await expect(search.filtersToggle).toHaveAttribute('aria-expanded', 'false');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

      await search.filtersToggle.click();
      await expect(search.filtersToggle).toHaveAttribute('aria-expanded', 'true');
      await expect(search.filtersPanel).toBeVisible();
      await search.filter('News').click();
      await expect(search.filtersToggle).toHaveText('Filters (1 on)');
      await expect(search.groups).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    });
  });
}

test.describe('at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('the filters stay out, with no button', async ({ library, page }) => {
    const search = new SearchPage(page);
    await library.open();
    await search.type('public hospitals');
    await expect(search.count).toContainText('matching paragraphs');
    await expect(search.filtersPanel).toBeVisible();
    await expect(search.filtersToggle).toHaveCount(0);
  });
});
