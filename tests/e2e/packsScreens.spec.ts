import type { Pack } from '../../contract/packs';
import { captureScreen, expect, screenshotPath, test, type AppUnderTest } from './fixtures';
import { layoutProblems } from './pages/layoutProbe';
import { PacksPage } from './pages/PacksPage';
import { seriousViolations } from './axe';

// The packs screens as a person sees them (issue 12): no serious accessibility violations in either theme, and
// screenshots of the list and of a pack with cards in the three interface languages, wide and narrow.
test.describe.configure({ timeout: 120_000 });
const PLAN = 'national-health-plan-14th-fyp-2022';

/** A pack as an official would have it a day before the briefing: cards from two places, a point and a Q&A citing a card. */
async function briefingPack(app: AppUnderTest): Promise<Pack> {
  let pack = await app.backend.handlers.createPack({ title: '“健康中国2030” press briefing', occasion: 'State Council Information Office press conference', date: '2026-12-03' });
  const sectionId = pack.sections[0].id;
  pack = await app.backend.handlers.editPack({ id: pack.id, edit: { op: 'rename-section', sectionId, title: 'Achievements since 2015' } });
  pack = await app.backend.handlers.addQuotes({
    packId: pack.id,
    sources: [
      { kind: 'sentences', segmentId: `${PLAN}:p0012`, side: 'zh', sentenceIds: [`${PLAN}:p0012.s2`] },
      { kind: 'sentences', segmentId: `${PLAN}:p0011`, side: 'en', sentenceIds: [`${PLAN}:p0011.s1`] },
    ],
    note: 'Lead with the life-expectancy figure.',
  });
  pack = await app.backend.handlers.editPack({ id: pack.id, edit: { op: 'add-point', sectionId, text: 'Life expectancy rose from 76.34 to 77.93 years between 2015 and 2020.' } });
  const firstCard = pack.sections[0].items[0].id;
  return app.backend.handlers.editPack({
    id: pack.id,
    edit: { op: 'add-question', sectionId, question: 'Is the goal for 2025 realistic?', answer: 'The plan sets it on the trend of the last five years.', cites: [firstCard] },
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the packs list, a pack and its export dialog have no serious accessibility violations (${theme})`, async ({ library, app, page }) => {
    const packs = new PacksPage(page);
    await page.emulateMedia({ colorScheme: theme });
    const pack = await briefingPack(app);
    await library.open();
    await packs.openList();
    await expect(packs.summaries).toHaveCount(1);
    expect(await seriousViolations(page), 'list').toEqual([]);
    await packs.newButton.click();
    expect(await seriousViolations(page), 'new pack form').toEqual([]);
    await packs.openPack(pack.id);
    await expect(packs.checkSummary).toHaveAttribute('data-state', 'clean');
    await packs.citeChooser(packs.items(0).nth(3)).locator('summary').click();
    await page.screenshot({ path: screenshotPath(`pack-${theme}`), fullPage: true });
    expect(await seriousViolations(page), 'pack').toEqual([]);
    await packs.exportButton.click();
    await expect(packs.exportRun).toBeEnabled();
    await captureScreen(page, `pack-export-dialog-${theme}`);
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
  });
}

for (const size of [{ name: '1360', width: 1360, height: 900 }, { name: '800', width: 800, height: 900 }] as const) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      test(`the packs list and a pack with cards hold together (${language}, ${size.name})`, async ({ library, app, page }) => {
        const packs = new PacksPage(page);
        const pack = await briefingPack(app);
        await app.backend.handlers.createPack({ title: 'Spring health reform briefing', occasion: 'Weekly press conference' });
        await library.open();
        await library.chooseLanguage(language);
        await packs.openList();
        await expect(packs.summaries).toHaveCount(2);
        await captureScreen(page, `packs-list-${language}-${size.name}`);
        expect(await layoutProblems(page), 'list').toEqual([]);
        await packs.openPack(pack.id);
        await expect(packs.checkSummary).toHaveAttribute('data-state', 'clean');
        await page.screenshot({ path: screenshotPath(`pack-${language}-${size.name}`), fullPage: true });
        expect(await layoutProblems(page), 'pack').toEqual([]);
      });
    }
  });
}
