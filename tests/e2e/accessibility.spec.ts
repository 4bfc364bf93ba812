import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// Automated accessibility checks on the main screens (cf. Joplin's axe spec).
// axe walks every node of the 135-row reader: on a busy 2-core machine that takes
// more than the default 30 s, so these tests get longer.
test.describe.configure({ timeout: 120_000 });
for (const language of ['en', 'zh-CN'] as const) {
  test(`library and reader have no serious accessibility violations (${language})`, async ({ library, reader, page }) => {
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
  });
}
