import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// Automated accessibility checks on the main screens (cf. Joplin's axe spec).
// axe walks every node of the 135-row reader: on a busy 2-core machine that takes
// more than the default 30 s, so these tests get longer.
test.describe.configure({ timeout: 120_000 });
for (const language of ['en', 'zh-CN'] as const) {
  test(`library, reader, annotations and settings have no serious accessibility violations (${language})`, async ({ library, reader, app, page }) => {
    await library.open();
    await library.chooseLanguage(language);
    const scan = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(await scan()).toEqual([]);
    await library.openDocument('national-health-plan-14th-fyp-2022');
    await reader.waitForDocument('national-health-plan-14th-fyp-2022');
    expect(await scan()).toEqual([]);

    // With an annotation, its panel open and the editor showing.
    const doc = await app.backend.handlers.getDocument({ documentId: 'national-health-plan-14th-fyp-2022' });
    const segment = doc.segments.find((s) => s.kind === 'paragraph' && s.zh)!;
    await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start: 0, end: 4, exact: segment.zh!.text.slice(0, 4), colour: 'yellow', note: 'n', tags: ['t'] });
    await page.reload();
    await reader.waitForDocument('national-health-plan-14th-fyp-2022');
    await page.locator('.annotations-toggle').click();
    await page.locator('.annotation-item').waitFor();
    await page.locator('.annotation[data-annotation-start]').first().click();
    await page.locator('.annotation-editor').waitFor();
    expect(await scan()).toEqual([]);

    for (const hash of ['#/annotations', '#/settings']) {
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.locator(hash === '#/annotations' ? '.annotation-item' : '.settings-view').first().waitFor();
      expect(await scan()).toEqual([]);
    }
  });
}
