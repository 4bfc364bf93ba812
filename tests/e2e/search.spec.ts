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
