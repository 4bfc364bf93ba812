import { expect, test, type AppUnderTest } from './fixtures';
import { AuditPage } from './pages/AuditPage';
import { seriousViolations } from './axe';

// Automated accessibility checks on the main screens (cf. Joplin's axe spec), in the three interface languages and both
// themes (issue 15): colour contrast is checked on what each theme paints, highlights and sentence bands included.
// axe walks every node of the 135-row reader: on a busy 2-core machine that takes
// more than the default 30 s, so these tests get longer. Each language and theme is two tests (reading, then the
// workbenches), nine scans in all: as one test, a slow day's machine ran past even two minutes.
test.describe.configure({ timeout: 120_000 });
const PLAN = 'national-health-plan-14th-fyp-2022';

/** An annotation on a paragraph of the plan whose English side has sentence links: the reader and the list show it. */
async function annotate(app: AppUnderTest): Promise<string> {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.id === `${PLAN}:p0011`)!;
  await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start: 0, end: 4, exact: segment.zh!.text.slice(0, 4), colour: 'yellow', note: 'n', tags: ['t'] });
  return segment.id;
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
    test.describe(`${language}, ${theme}`, () => {
      test.beforeEach(async ({ library, page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await library.open();
        await library.chooseLanguage(language);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      });

      test('library, reader and search have no serious accessibility violations', async ({ reader, app, page }) => {
        expect(await seriousViolations(page)).toEqual([]);

        // The reader with an annotation on the screen, inside a pinned sentence pair, its panel open and the editor showing.
        const segmentId = await annotate(app);
        await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0011`);
        await reader.waitForDocument(PLAN);
        await page.locator('.annotations-toggle').click();
        await page.locator('.annotation-item').waitFor();
        await reader.sentence('en', `${segmentId}.s2`).click();
        await page.locator('.annotation[data-annotation-start]').first().click();
        await page.locator('.annotation-editor').waitFor();
        await expect(page.locator('.sentence[data-pair="pinned"]').first()).toBeInViewport();
        await expect(page.locator('.annotation[data-annotation-start]').first()).toBeInViewport();
        expect(await seriousViolations(page)).toEqual([]);

        // Search results, with matches marked and the aligned sentences' renderings of the query.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+k');
        // zh-TW types the query in Traditional, as its users do; the search finds the Simplified text.
        await page.keyboard.type({ en: 'elderly care', 'zh-CN': '医养结合', 'zh-TW': '醫養結合' }[language], { delay: 10 });
        await expect(page.locator('.search-count')).toBeVisible();
        await expect(page.locator('.search-hit mark').first()).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });

      test('annotations, settings and the terminology workbench have no serious accessibility violations', async ({ app, page }) => {
        await annotate(app);
        for (const [hash, ready] of [
          ['#/annotations', '.annotation-item'],
          ['#/settings', '.settings-view'],
          ['#/terms/termbase?concept=c001', '.concept-editor'],
          ['#/terms/concordance?q=%E5%88%86%E7%BA%A7%E8%AF%8A%E7%96%97', '.kwic-line'],
          ['#/terms/candidates', '.candidates[data-state="ready"]'],
        ] as const) {
          await page.evaluate((h) => (window.location.hash = h), hash);
          await page.locator(ready).first().waitFor();
          expect(await seriousViolations(page), hash).toEqual([]);
        }
        const audit = new AuditPage(page);
        await audit.open();
        await audit.run();
        expect(await seriousViolations(page), 'audit').toEqual([]);
      });
    });
  }
}
