import { expect, test } from './fixtures';

const PLAN = 'national-health-plan-14th-fyp-2022';

test('each segment is one row, its Chinese and English cells level whatever their lengths', async ({ library, reader, app, page }) => {
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });

  await expect(reader.rows).toHaveCount(doc.segments.length);
  await expect(reader.columnHeaders).toHaveText(['Chinese', 'English']);

  // Rows rendered lazily (content-visibility) are measured once scrolled into view.
  for (const segment of doc.segments.filter((_, i) => i % 9 === 0)) {
    const row = reader.row(segment.id);
    await row.scrollIntoViewIfNeeded();
    const zh = reader.cell(row, 'zh');
    const en = reader.cell(row, 'en');
    await expect(zh).toHaveCount(1);
    await expect(en).toHaveCount(1);
    const [zhTop, enTop] = await reader.cellTops(row);
    expect(Math.abs(zhTop - enTop), segment.id).toBeLessThanOrEqual(1);
    // Text is shown verbatim; a missing side is marked as missing, never filled in.
    for (const [side, cell] of [['zh', zh], ['en', en]] as const) {
      const text = segment[side]?.text;
      if (text) await expect(cell.locator('.cell-text')).toHaveText(text);
      else await expect(cell).toHaveAttribute('data-missing', 'true');
    }
  }

  // The next row starts below the taller of the two cells of the row before.
  const rows = await page.locator('.segment[data-segment-id]').evaluateAll((els) =>
    els.slice(0, 40).map((row) => {
      const cells = [...row.querySelectorAll('.cell')].map((c) => c.getBoundingClientRect());
      return { bottom: Math.max(...cells.map((c) => c.bottom)), top: row.getBoundingClientRect().top };
    }),
  );
  for (let i = 1; i < rows.length; i++) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 1);
});

test('a deep link opens the document at its segment, marked', async ({ library, reader, page }) => {
  await library.open();
  await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022/p0082'));
  await reader.waitForDocument(PLAN);
  const target = reader.row(`${PLAN}:p0082`);
  await expect(target).toHaveClass(/is-target/);
  await expect(target).toBeInViewport();
  await expect(reader.cell(target, 'zh')).toContainText('优化医疗服务模式');
  // The outline marks the section the reader landed in, and shows it.
  const current = page.locator('.outline a[aria-current]');
  await expect(current).toHaveText('(1) Optimize the medical service model.');
  await expect(current).toBeInViewport();
});

test('each side says where its text comes from, and flagged paragraphs say why', async ({ library, reader, page }) => {
  await library.open();
  await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022/p0075'));
  await reader.waitForDocument(PLAN);
  // In the official Chinese stretch the English is the reference translation, and the other way round elsewhere.
  const official = reader.row(`${PLAN}:p0075`);
  await expect(reader.cell(official, 'zh')).toHaveAttribute('data-origin', 'published');
  await expect(reader.cell(official, 'en').locator('.origin-mark')).toHaveText('Reference translation');
  const rendered = reader.row(`${PLAN}:p0071`);
  await expect(reader.cell(rendered, 'en')).toHaveAttribute('data-origin', 'published');
  await expect(reader.cell(rendered, 'zh').locator('.origin-mark')).toHaveAttribute('title', 'Reference translation prepared for this edition, not an official text');
  await expect(page.locator('.provenance')).toContainText('Chinese: published text (52 paragraphs); reference translation prepared for this edition, not an official text (83 paragraphs)');

  const flagged = reader.row(`${PLAN}:p0012`);
  await flagged.scrollIntoViewIfNeeded();
  await flagged.locator('.review-flag summary').click();
  await expect(flagged.locator('.review-flag p')).toContainText('maternal mortality');
});

test('the outline lists the headings and jumps to them', async ({ library, reader, page }) => {
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  const link = reader.outlineLinks.filter({ hasText: '10. Strengthen the organization and implementation' });
  await link.click();
  await expect(page).toHaveURL(/#\/doc\/national-health-plan-14th-fyp-2022\/p\d{4}$/);
  const key = page.url().split('/').pop();
  await expect(reader.row(`${PLAN}:${key}`)).toBeInViewport();
});

test('Chinese only, English only, swapped sides and text size are applied and remembered', async ({ library, reader, page }) => {
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  const firstRow = reader.rows.first();

  await reader.viewMode('Chinese').click();
  await expect(reader.columnHeaders).toHaveText(['Chinese']);
  await expect(firstRow.locator('.cell')).toHaveCount(1);

  await reader.viewMode('English').click();
  await expect(reader.columnHeaders).toHaveText(['English']);

  await reader.viewMode('Both').click();
  await reader.swapButton.click();
  await expect(reader.columnHeaders).toHaveText(['English', 'Chinese']);
  const [enBox, zhBox] = [await reader.cell(firstRow, 'en').boundingBox(), await reader.cell(firstRow, 'zh').boundingBox()];
  expect(enBox!.x).toBeLessThan(zhBox!.x);

  const sizeBefore = await reader.cell(firstRow, 'en').locator('.cell-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await reader.largerText.click();
  await reader.largerText.click();
  await expect(reader.fontSizeValue).toHaveText('18 px');
  const sizeAfter = await reader.cell(firstRow, 'en').locator('.cell-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(sizeAfter).toBeGreaterThan(sizeBefore);

  await page.reload();
  await reader.waitForDocument(PLAN);
  await expect(reader.columnHeaders).toHaveText(['English', 'Chinese']);
  await expect(reader.fontSizeValue).toHaveText('18 px');
});

test('an unknown document gets a clear message, not a blank screen', async ({ library, page }) => {
  await library.open();
  await page.evaluate(() => (window.location.hash = '#/doc/no-such-document'));
  await expect(page.getByRole('alert')).toContainText('That document or paragraph does not exist.');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await library.waitUntilReady();
});

test('a paragraph’s link can be copied and leads back to that paragraph', async ({ library, reader, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await library.open();
  await library.openDocument('shgh-public-hospital-pilot');
  await reader.waitForDocument('shgh-public-hospital-pilot');
  const row = reader.row('shgh-public-hospital-pilot:p0005');
  await row.hover();
  await row.getByRole('button', { name: 'Copy link to paragraph 5' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link to paragraph 5 copied' })).toBeAttached();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/doc\/shgh-public-hospital-pilot\/p0005$/);

  await page.evaluate(() => (window.location.hash = '#/'));
  await library.waitUntilReady();
  await page.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
  await expect(reader.row('shgh-public-hospital-pilot:p0005')).toHaveClass(/is-target/);
});
