import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { ProvenancePage } from './pages/ProvenancePage';
import { SearchPage } from './pages/SearchPage';

// Issue #12: wherever text leaves the reader, each side says whether it is the published text or a
// reference translation and keeps its review flag; search can keep to published text.
const PLAN = 'national-health-plan-14th-fyp-2022';

const TEXT = {
  en: {
    published: 'Published text',
    reference: 'Reference translation, not an official text',
    onlyPublished: 'Published text only',
    onlyReference: 'Reference translations only',
    anyText: 'Any text',
    flag: 'Flagged for review',
    noteHas: 'Guo Ban Fa [2022] No. 11',
  },
  'zh-CN': {
    published: '已发布文本',
    reference: '参考译文，非官方文本',
    onlyPublished: '仅已发布文本',
    onlyReference: '仅参考译文',
    anyText: '全部文本',
    flag: '待核对',
    noteHas: '逐字直译',
  },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  const text = TEXT[language];
  test.describe(`provenance in ${language}`, () => {
    test.use({ systemLanguage: language });

    test('the provenance filter keeps to published text or to reference translations, and stays in the address', async ({ library, page }) => {
      const search = new SearchPage(page);
      const provenance = new ProvenancePage(page);
      await library.open();
      // 医养结合 is in the plan's published Chinese once, and once in our rendering of its opening.
      await search.type('医养结合');
      await expect(search.hits).toHaveCount(2);
      await expect(provenance.filterInput(text.anyText)).toBeChecked();

      await provenance.filter(text.onlyPublished).click();
      await expect(search.hits).toHaveCount(1);
      const published = search.hits.first();
      await expect(provenance.hitOrigin(published, 'zh')).toHaveText(text.published);
      await expect(provenance.hitOrigin(published, 'en')).toHaveText(text.reference);
      await expect(page).toHaveURL(/origin=published/);

      // The address holds the filter: a reload shows the same results.
      await page.reload();
      await expect(search.view).toBeVisible();
      await expect(provenance.filterInput(text.onlyPublished)).toBeChecked();
      await expect(search.hits).toHaveCount(1);

      await provenance.filter(text.onlyReference).click();
      await expect(search.hits).toHaveCount(1);
      await expect(provenance.hitOrigin(search.hits.first(), 'zh')).toHaveText(text.reference);
      await expect(provenance.hitOrigin(search.hits.first(), 'en')).toHaveText(text.published);

      await provenance.filter(text.anyText).click();
      await expect(search.hits).toHaveCount(2);
      await expect(page).not.toHaveURL(/origin=/);
    });

    test('a flagged hit shows its review note in the interface language', async ({ library, page }) => {
      const search = new SearchPage(page);
      const provenance = new ProvenancePage(page);
      await library.open();
      await search.type('State Office issued');
      const hit = provenance.hit(`${PLAN}:p0002`);
      await expect(provenance.hitOrigin(hit, 'en')).toHaveText(text.published);
      await expect(provenance.hitOrigin(hit, 'zh')).toHaveText(text.reference);
      await expect(provenance.reviewNote(hit)).toBeHidden();
      await provenance.reviewFlag(hit).click();
      await expect(provenance.reviewFlag(hit)).toHaveText(text.flag);
      await expect(provenance.reviewNote(hit)).toContainText(text.noteHas);
      // Esc folds it again, and the focus stays on the flag.
      await page.keyboard.press('Escape');
      await expect(provenance.reviewNote(hit)).toBeHidden();
      await expect(provenance.reviewFlag(hit)).toBeFocused();
    });

    test('the Annotations screen labels the annotated side and keeps its flag', async ({ app, library, page }) => {
      const segment = (await app.backend.handlers.getDocument({ documentId: PLAN })).segments.find((s) => s.id === `${PLAN}:p0002`)!;
      const exact = segment.en!.text;
      await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start: 0, end: exact.length, exact, colour: 'pink' });
      const annotate = new AnnotationsPage(page);
      const provenance = new ProvenancePage(page);
      await library.open();
      await annotate.navLink.click();
      const item = annotate.items.first();
      await expect(provenance.annotationOrigin(item)).toHaveText(text.published);
      await provenance.reviewFlag(item).click();
      await expect(provenance.reviewNote(item)).toContainText(text.noteHas);
    });
  });
}
