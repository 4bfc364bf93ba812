import fs from 'node:fs';
import { expect, test } from './fixtures';
import { AuditPage, CandidatesPage } from './pages/AuditPage';
import { ConcordancePage } from './pages/ConcordancePage';
import { SearchPage } from './pages/SearchPage';
import { seriousViolations } from './axe';

const PLAN = 'national-health-plan-14th-fyp-2022';
const TERM = '分级诊疗';

const WORDS = {
  en: { total: '4 occurrences', findOf: (n: number) => new RegExp(`of ${n}$`) },
  'zh-CN': { total: '共 4 处', findOf: (n: number) => new RegExp(`共 ${n} 处$`) },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`${language}: the concordance of ${TERM} groups its renderings with counts, sorts, exports and opens the reader`, async ({ library, reader, page }) => {
    const words = WORDS[language];
    const search = new SearchPage(page);
    const concordance = new ConcordancePage(page);
    await library.open();
    if (language !== 'en') await library.chooseLanguage(language);

    // The search's count for the same string: the number the concordance must reach.
    await search.type(TERM);
    const searchCount = Number(/\d+/.exec((await search.count.textContent()) ?? '')?.[0]);

    await concordance.open();
    await expect(concordance.emptyState).toBeVisible();
    await concordance.type(TERM);
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toBe(`#/terms/concordance?q=${TERM}`);
    await expect(concordance.total).toHaveText(words.total);
    await expect(concordance.lines).toHaveCount(4);
    const counts = await concordance.groupCounts();
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(4);
    expect(searchCount).toBe(4);
    await expect(concordance.group('hierarchical diagnosis and treatment')).toContainText('3');
    await expect(concordance.keyword(concordance.lines.first())).toHaveText(TERM);
    await expect(concordance.counterpartMarks(concordance.lines.first())).toHaveText('hierarchical diagnosis and treatment');

    // Choosing a rendering shows only its lines; choosing it again shows all.
    const single = concordance.group('stratified health care');
    await single.click();
    await expect(concordance.lines).toHaveCount(1);
    await expect(concordance.counterpartMarks(concordance.lines.first())).toHaveText('stratified health care');
    await single.click();
    await expect(concordance.lines).toHaveCount(4);

    // Only the occurrences whose Chinese is the published text.
    await concordance.origin.selectOption('published');
    await expect(concordance.lines).toHaveCount(1);
    await expect(concordance.lines.first()).toHaveAttribute('data-segment-id', `${PLAN}:p0113`);
    await concordance.origin.selectOption('');
    await expect(concordance.lines).toHaveCount(4);

    // Sorting by the right context reorders the lines.
    const byDocument = await concordance.lineOrder();
    await concordance.sort.selectOption('right');
    await expect.poll(() => concordance.lineOrder()).not.toEqual(byDocument);
    expect([...(await concordance.lineOrder())].sort()).toEqual([...byDocument].sort());

    // The CSV has a row for every line.
    const [download] = await Promise.all([page.waitForEvent('download'), concordance.exportButton('csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    for (const segmentId of byDocument) expect(csv).toContain(segmentId);
    expect(csv).toContain('hierarchical diagnosis and treatment');

    // An occurrence opens the reader at its paragraph, with the term found there as often as the concordance lists it.
    const inPlan = byDocument.filter((id) => id.startsWith(`${PLAN}:`)).length;
    const line = concordance.lines.filter({ has: page.locator(`[href*="${PLAN}"]`) }).first();
    const segmentId = (await line.getAttribute('data-segment-id'))!;
    await concordance.lineLink(line).click();
    await reader.waitForDocument(PLAN);
    await expect(reader.row(segmentId)).toHaveClass(/is-target/);
    await expect(reader.row(segmentId).locator('mark[data-hit="current"]')).toHaveText(TERM);
    await expect(reader.findCount).toHaveText(words.findOf(inPlan));

    // Back returns to the same concordance.
    await page.goBack();
    await concordance.settled(TERM);
    await expect(concordance.total).toHaveText(words.total);
  });
}

test('a frequent word shows its first hundred lines and Show more the next, with its renderings folded', async ({ library, page }) => {
  const concordance = new ConcordancePage(page);
  await library.open();
  await concordance.open();
  await concordance.type('health');
  const total = Number(/\d+/.exec((await concordance.total.textContent()) ?? '')?.[0]);
  expect(total).toBeGreaterThan(200);
  await expect(concordance.lines).toHaveCount(100);
  await concordance.showMore.click();
  await expect(concordance.lines).toHaveCount(200);
  // Its many renderings are folded behind one button; unfolded, their counts add up to the total.
  const folded = await concordance.groups.count();
  await concordance.allRenderings.click();
  expect(await concordance.groups.count()).toBeGreaterThan(folded);
  const counts = await concordance.groupCounts();
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total);
});

test('a string that occurs nowhere says so plainly', async ({ library, page }) => {
  const concordance = new ConcordancePage(page);
  await library.open();
  await concordance.open();
  await concordance.type('zebra crossing');
  await expect(concordance.emptyState).toHaveText('“zebra crossing” does not occur in the library.');
  await expect(concordance.lines).toHaveCount(0);
});

// axe on the three tabs with their content showing (the accessibility spec covers the other screens), in both themes.
for (const theme of ['light', 'dark'] as const) {
  test(`the concordance, audit and candidates tabs have no serious accessibility violations (${theme})`, async ({ library, page }) => {
    test.setTimeout(120_000);
    const concordance = new ConcordancePage(page);
    const audit = new AuditPage(page);
    const candidates = new CandidatesPage(page);
    await page.emulateMedia({ colorScheme: theme });
    await library.open();
    await concordance.open();
    await concordance.type(TERM);
    await concordance.group('stratified health care').click();
    expect(await seriousViolations(page)).toEqual([]);
    await audit.open();
    await audit.run();
    await audit.acceptButton(audit.findings.first()).click();
    expect(await seriousViolations(page)).toEqual([]);
    await candidates.open();
    await candidates.evidenceButton(candidates.rows.first()).click({ timeout: 30_000 });
    await candidates.evidence.locator('li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
