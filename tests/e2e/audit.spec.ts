import fs from 'node:fs';
import { expect, test } from './fixtures';
import { AuditPage, CandidatesPage } from './pages/AuditPage';

const PLAN = 'national-health-plan-14th-fyp-2022';
const BRIEFING = 'shanghai-health-service-guidelines-briefing-2018';

const WORDS = {
  en: { findings: (n: number) => `${n} findings`, accepted: (n: number) => `${n} accepted as is`, acceptedMark: 'Accepted as is' },
  'zh-CN': { findings: (n: number) => `共 ${n} 项发现`, accepted: (n: number) => `${n} 项已接受现状`, acceptedMark: '已接受现状' },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`${language}: the audit finds the corpus's inconsistencies, opens each place in the reader, and keeps a finding accepted with a note`, async ({
    library,
    reader,
    page,
  }) => {
    const words = WORDS[language];
    const audit = new AuditPage(page);
    await library.open();
    if (language !== 'en') await library.chooseLanguage(language);
    await audit.open();
    await audit.run();

    const total = await audit.findings.count();
    expect(total).toBeGreaterThan(0);
    await expect(audit.summary).toContainText(words.findings(total));
    await expect(audit.summary).toContainText(words.accepted(0));
    // The published English of the national plan names the plan in a form the termbase forbids.
    const forbidden = audit.findingsOfKind('discouraged-rendering').filter({ hasText: 'National Health Planning' });
    await expect(forbidden).toHaveCount(1);
    await expect(audit.findingsOfKind('variant-forms').first()).toBeVisible();

    // A place opens the reader at its paragraph; Back returns to the report.
    const place = audit.placeLinks(forbidden).first();
    const segmentId = (await forbidden.locator('.audit-place').first().getAttribute('data-segment-id'))!;
    await place.click();
    await reader.waitForDocument(PLAN);
    await expect(reader.row(segmentId)).toHaveClass(/is-target/);
    await page.goBack();
    await expect(audit.findings).toHaveCount(total);

    // Accept one as is, with a note; the mark outlives a reload.
    const findingId = (await forbidden.getAttribute('data-finding-id'))!;
    const finding = audit.finding(findingId);
    await audit.acceptButton(finding).click();
    await audit.noteBox(finding).fill('The title as published; kept as the source names it.');
    await audit.saveMarkButton(finding).click();
    await expect(audit.acceptedMark(finding)).toContainText('The title as published');
    await expect(audit.summary).toContainText(words.accepted(1));

    await page.reload();
    await audit.panel.waitFor();
    await audit.run();
    await expect(audit.acceptedMark(finding)).toContainText(words.acceptedMark);
    await expect(audit.acceptedMark(finding)).toContainText('The title as published');
    await expect(audit.summary).toContainText(words.accepted(1));

    // Hidden when accepted findings are hidden; the mark can be taken away.
    await audit.hideAccepted.check();
    await expect(finding).toHaveCount(0);
    await expect(audit.findings).toHaveCount(total - 1);
    await audit.hideAccepted.uncheck();
    await audit.removeMarkButton(finding).click();
    await expect(audit.acceptButton(finding)).toBeVisible();
    await expect(audit.summary).toContainText(words.accepted(0));

    // The report as Markdown, and the audit of one document: only its places.
    const [download] = await Promise.all([page.waitForEvent('download'), audit.exportButton('markdown').click()]);
    expect(fs.readFileSync((await download.path())!, 'utf8')).toContain('National Health Planning');
    await audit.documentSelect.selectOption(BRIEFING);
    await audit.run();
    const places = await audit.panel.locator('[data-segment-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-segment-id')));
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((id) => id?.startsWith(`${BRIEFING}:`))).toBe(true);
  });

  test(`${language}: term candidates load, show their evidence, and Add to termbase opens a draft entry`, async ({ library, page }) => {
    const candidates = new CandidatesPage(page);
    await library.open();
    if (language !== 'en') await library.chooseLanguage(language);
    await candidates.open();
    await expect(candidates.rows.first()).toBeVisible({ timeout: 30_000 });
    expect(await candidates.rows.count()).toBeGreaterThan(10);

    const row = candidates.rows.first();
    const zh = (await row.getAttribute('data-zh'))!;
    const en = (await row.getAttribute('data-en'))!;
    await candidates.evidenceButton(row).click();
    await expect(candidates.evidence.locator('[lang^="zh"] mark').first()).toHaveText(zh);
    const firstSegment = (await candidates.evidence.locator('li').first().getAttribute('data-segment-id'))!;

    await candidates.addButton(row).click();
    await expect(page).toHaveURL(/#\/terms\/termbase\?new=1/);
    const params = new URLSearchParams(await page.evaluate(() => location.hash.split('?')[1]));
    expect(params.get('zh')).toBe(zh);
    expect(params.get('en')).toBe(en);
    expect(params.get('seg')).toBe(firstSegment);
  });
}
