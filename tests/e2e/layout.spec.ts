import { captureScreen, expect, test } from './fixtures';
import { AuditPage } from './pages/AuditPage';
import { layoutProblems } from './pages/layoutProbe';

// Every screen at 1360, 1024 and 800 px and at 200 % zoom, in the three interface languages (issue 15): nothing cut
// off, nothing scrolling sideways, nothing wrapping one character per line. 200 % zoom of a 1360 × 900 window lays
// the page out in 680 × 450 CSS pixels at two device pixels each, which is what is emulated here.
test.describe.configure({ timeout: 120_000 });
const PLAN = 'national-health-plan-14th-fyp-2022';
const SIZES = [
  { name: '1360', width: 1360, height: 900, scale: 1 },
  { name: '1024', width: 1024, height: 768, scale: 1 },
  { name: '800', width: 800, height: 900, scale: 1 },
  { name: 'zoom200', width: 680, height: 450, scale: 2 },
] as const;

for (const size of SIZES) {
  test.describe(`${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    // Emulating a scale factor its screen lacks, Chromium resizes the view for every capture and waits for a frame
    // at the new size (CaptureScreenshot in content/browser/devtools/protocol/page_handler.cc). Twice in CI, and only
    // here, that frame never came; a retake on the same page hung too. One retry in a fresh browser, reported as
    // flaky by name, keeps a Chromium stall from failing the run while a layout fault still fails twice.
    if (size.scale !== 1) test.describe.configure({ retries: 1 });
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      test(`every screen holds together (${language}, ${size.name})`, async ({ library, reader, app, page }) => {
        const audit = new AuditPage(page);
        const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
        const segment = doc.segments.find((s) => s.id === `${PLAN}:p0071`)!;
        await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start: 0, end: 8, exact: segment.zh!.text.slice(0, 8), colour: 'yellow', note: 'note', tags: ['tag'] });
        await app.backend.handlers.backupNow({});
        const pack = await app.backend.handlers.createPack({ title: 'Healthy China press briefing', occasion: 'State Council Information Office' });
        await app.backend.handlers.addQuotes({ packId: pack.id, sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0012`, side: 'zh' }] });
        await library.open();
        await library.chooseLanguage(language);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        const check = async (screen: string) => {
          await page.waitForTimeout(200);
          await captureScreen(page, `layout-${screen}-${language}-${size.name}`);
          expect(await layoutProblems(page), `${screen} at ${size.name} in ${language}`).toEqual([]);
        };
        await check('library');

        await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0070`);
        await reader.waitForDocument(PLAN);
        await check('reader');

        await page.keyboard.press('Control+k');
        await page.keyboard.type({ en: 'hospital', 'zh-CN': '医院', 'zh-TW': '醫院' }[language], { delay: 10 });
        await expect(page.locator('.search-count')).toBeVisible();
        await check('search');

        for (const [hash, ready, screen] of [
          ['#/annotations', '.annotation-item', 'annotations'],
          ['#/settings', '.backups-table', 'settings'],
          ['#/terms/termbase?concept=c001', '.concept-editor', 'termbase'],
          ['#/terms/concordance?q=%E5%81%A5%E5%BA%B7', '.kwic-line', 'concordance'],
          ['#/terms/candidates', '.candidates[data-state="ready"]', 'candidates'],
          ['#/packs', '.pack-summary', 'packs'],
          [`#/packs/${pack.id}`, '.check-summary[data-state="clean"]', 'pack'],
        ] as const) {
          await page.evaluate((h) => (window.location.hash = h), hash);
          await page.locator(ready).first().waitFor();
          await check(screen);
        }
        await audit.open();
        await audit.run();
        await check('audit');
      });
    }
  });
}
