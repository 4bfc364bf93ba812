import type { Page } from '@playwright/test';
import type { Pack } from '../../contract/packs';
import { expect, screenshotPath, test, type AppUnderTest } from './fixtures';
import { CitationPage } from './pages/CitationPage';
import { CommandsPage } from './pages/CommandsPage';
import { PacksPage } from './pages/PacksPage';

// Briefing packs (issue 12): built, reordered, duplicated, deleted and brought back, and still there after a reload.
test.describe.configure({ timeout: 90_000 });
const PLAN = 'national-health-plan-14th-fyp-2022';
const WORDS = {
  en: { title: 'Briefing packs', titleRequired: 'A title is needed.', moved: 'moved to position 2 of 3', cancelled: 'Move cancelled', undo: 'Undo' },
  'zh-CN': { title: '简报资料包', titleRequired: '请填写标题。', moved: '已移到', cancelled: '已取消移动', undo: '撤销' },
} as const;

async function packWithCards(app: AppUnderTest, title = 'Healthy China briefing'): Promise<Pack> {
  const pack = await app.backend.handlers.createPack({ title, occasion: 'Press conference', date: '2026-12-03' });
  return app.backend.handlers.addQuotes({
    packId: pack.id,
    sources: [
      { kind: 'paragraph', segmentId: `${PLAN}:p0011`, side: 'zh' },
      { kind: 'paragraph', segmentId: `${PLAN}:p0012`, side: 'en' },
    ],
  });
}

async function reload(page: Page, packs: PacksPage): Promise<void> {
  await page.reload();
  await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
  await packs.waitForPack();
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`a pack is made, filled with a section, a talking point and a Q&A citing a card, and kept (${language})`, async ({ library, app, page }) => {
    const packs = new PacksPage(page);
    await library.open();
    await library.chooseLanguage(language);
    await packs.navLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[language].title);
    await packs.newButton.click();
    await packs.newForm.locator('button[type="submit"]').click();
    await expect(packs.fieldError).toHaveText(WORDS[language].titleRequired);
    await packs.create('健康中国 briefing', 'Press conference', '2026-12-03');
    await packs.waitForPack();
    await expect(packs.titleField).toHaveValue('健康中国 briefing');
    const packId = new URL(page.url()).hash.split('/')[2];

    await app.backend.handlers.addQuotes({ packId, sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0011`, side: 'zh' }, { kind: 'paragraph', segmentId: `${PLAN}:p0012`, side: 'en' }] });
    await reload(page, packs);
    await expect(packs.cards).toHaveCount(2);
    // Each side says its language and provenance; the source is a line under the quote.
    await expect(packs.card(1).locator('.cited-quote .origin-label')).toBeVisible();
    await expect(packs.card(1).locator('.cited-counterpart blockquote')).toContainText('Thirteenth Five-Year Plan');
    await expect(packs.card(1).locator('.quote-card-source')).toContainText('11');

    await packs.sectionTitle(0).fill('Opening');
    await packs.sectionTitle(0).press('Enter');
    await packs.addPointButton(0).click();
    const point = packs.items(0).nth(2);
    await expect(packs.pointField(point)).toBeFocused();
    await packs.pointField(point).fill('Life expectancy keeps rising.');
    await packs.pointField(point).blur();
    await packs.addQuestionButton(0).click();
    const qa = packs.items(0).nth(3);
    await packs.questionField(qa).fill('What changed since 2015?');
    await packs.answerField(qa).fill('Life expectancy rose to 77.93 years.');
    await packs.answerField(qa).blur();
    await packs.citeChooser(qa).locator('summary').click();
    await packs.citeOption(qa, 2).check();
    await expect(packs.citeChips(qa)).toHaveText(['[2]']);
    await packs.citeChips(qa).click();
    await expect(packs.card(2)).toBeFocused();
    await packs.addSectionButton.click();
    await expect(packs.sections).toHaveCount(2);

    await reload(page, packs);
    await expect(packs.sectionTitle(0)).toHaveValue('Opening');
    expect(await packs.itemTexts(0)).toEqual([expect.stringMatching(/^card:/), expect.stringMatching(/^card:/), 'point:Life expectancy keeps rising.', 'qa:What changed since 2015?']);
    await expect(packs.citeChips(packs.items(0).nth(3))).toHaveText(['[2]']);
    await expect(packs.sections).toHaveCount(2);
    await expect(packs.occasionField).toHaveValue('Press conference');
    await expect(packs.checkSummary).toContainText('2');
  });

  test(`items and sections are reordered by keyboard, each step said aloud, and by drag (${language})`, async ({ library, app, page }) => {
    const packs = new PacksPage(page);
    let pack = await app.backend.handlers.createPack({ title: 'Order' });
    const first = pack.sections[0].id;
    for (const text of ['A', 'B', 'C']) pack = await app.backend.handlers.editPack({ id: pack.id, edit: { op: 'add-point', sectionId: first, text } });
    pack = await app.backend.handlers.editPack({ id: pack.id, edit: { op: 'add-section', title: 'Second' } });
    pack = await app.backend.handlers.editPack({ id: pack.id, edit: { op: 'add-point', sectionId: pack.sections[1].id, text: 'D' } });
    await library.open();
    await library.chooseLanguage(language);
    await packs.openPack(pack.id);

    // Space lifts A, ↓ moves it below B, Space drops it.
    await packs.handle(packs.items(0).nth(0)).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(packs.reorderStatus).toContainText(WORDS[language].moved);
    await page.keyboard.press('Space');
    expect(await packs.itemTexts(0)).toEqual(['point:B', 'point:A', 'point:C']);
    // C goes down past the end of its section into the next one, keeping the focus on its handle.
    await packs.handle(packs.items(0).nth(2)).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => packs.itemTexts(1)).toEqual(['point:C', 'point:D']);
    await expect(packs.handle(packs.items(1).nth(0))).toBeFocused();
    await page.keyboard.press('Space');
    // Esc puts a lifted item back where it was.
    await packs.handle(packs.items(0).nth(0)).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => packs.itemTexts(0)).toEqual(['point:A', 'point:B']);
    await page.keyboard.press('Escape');
    await expect(packs.reorderStatus).toContainText(WORDS[language].cancelled);
    await expect.poll(() => packs.itemTexts(0)).toEqual(['point:B', 'point:A']);
    // A section moves with its handle too.
    await packs.sectionHandle(1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await expect(packs.sectionTitle(0)).toHaveValue('Second');
    await page.keyboard.press('Space');

    // By mouse: D dragged onto B takes its place; the first section dragged back onto the second.
    await packs.handle(packs.items(0).nth(1)).dragTo(packs.items(1).nth(0));
    await expect.poll(() => packs.itemTexts(1)).toEqual(['point:D', 'point:B', 'point:A']);
    await packs.sectionHandle(1).dragTo(packs.sections.nth(0).locator('.pack-section-header'));
    await expect(packs.sectionTitle(1)).toHaveValue('Second');

    await reload(page, packs);
    expect(await packs.itemTexts(0)).toEqual(['point:D', 'point:B', 'point:A']);
    expect(await packs.itemTexts(1)).toEqual(['point:C']);
  });
}

test('packs are duplicated, and a deleted pack, section or item comes back with Undo or Ctrl+Z', async ({ library, app, page }) => {
  const packs = new PacksPage(page);
  const pack = await packWithCards(app);
  await library.open();
  await packs.openList();
  await expect(packs.summary('Healthy China briefing')).toContainText('2 quote cards');
  await packs.summaryAction('Healthy China briefing', 'duplicate').click();
  await expect(packs.summaries).toHaveCount(2);

  await packs.summaryAction('Healthy China briefing', 'delete').first().click();
  await expect(packs.summaries).toHaveCount(1);
  await packs.undoButton.click();
  await expect(packs.summaries).toHaveCount(2);
  await packs.summaryAction('Healthy China briefing', 'delete').first().click();
  await expect(packs.summaries).toHaveCount(1);
  // The pack leaves the list as soon as it is deleted, and the offer to undo comes a moment after: as a person, wait for it.
  await expect(packs.undoButton).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(packs.summaries).toHaveCount(2);

  await packs.openPack(pack.id);
  await packs.deleteItemButton(packs.card(1)).click();
  await expect(packs.cards).toHaveCount(1);
  await packs.undoButton.click();
  await expect(packs.cards).toHaveCount(2);
  await packs.sections.nth(0).locator('.pack-section-header .button').click();
  await expect(packs.sections).toHaveCount(0);
  await expect(packs.undoButton).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(packs.cards).toHaveCount(2);
});

test('printing a pack or the reader leaves the chrome off the paper and keeps the text', async ({ library, reader, app, page }) => {
  const packs = new PacksPage(page);
  const pack = await packWithCards(app);
  await library.open();
  await packs.openPack(pack.id);
  // In the dark theme too: paper is printed light, with dark ink.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(packs.card(1)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(packs.handle(packs.card(1))).toBeHidden();
  await expect(packs.card(1).locator('.quote-card-number')).toHaveText('Card [1]');
  await expect(packs.exportButton).toBeHidden();
  await expect(packs.card(1).locator('.quote-card-actions')).toBeHidden();
  await expect(packs.card(1).locator('.cited-quote blockquote')).toBeVisible();
  await expect(packs.card(1).locator('.quote-card-source')).toBeVisible();
  await expect(packs.card(1).locator('.review-note-details p')).toBeVisible();
  await page.screenshot({ path: screenshotPath('pack-print'), fullPage: true });

  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0011`);
  await reader.waitForDocument(PLAN);
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.locator('.reader-toolbar')).toBeHidden();
  await expect(page.locator('#global-search')).toBeHidden();
  await expect(page.locator(`.segment[data-segment-id="${PLAN}:p0011"] .cell-text`).first()).toBeVisible();
});

test('a card is copied as a citation and opened in the reader; the palette starts a new pack', async ({ library, reader, app, page, context }) => {
  const packs = new PacksPage(page);
  const citation = new CitationPage(page);
  const commands = new CommandsPage(page);
  const pack = await packWithCards(app);
  await library.open();
  await CitationPage.allowClipboard(context, new URL(page.url()).origin);
  await packs.openPack(pack.id);
  await citation.clearClipboard();
  await packs.copyCitationButton(packs.card(1)).click();
  await expect(citation.status).toHaveText('Citation copied.');
  const copied = await citation.readClipboard();
  expect(copied.text).toContain('党中央把保障人民健康放在优先发展的战略位置');
  expect(copied.html).toContain('<');

  await packs.openInReaderLink(packs.card(2)).click();
  await reader.waitForDocument(PLAN);
  await expect(page).toHaveURL(new RegExp(`#/doc/${PLAN}/p0012$`));

  await page.keyboard.press('Control+Shift+P');
  await commands.paletteInput.fill('New briefing pack');
  await page.keyboard.press('Enter');
  await expect(packs.newForm).toBeVisible();
  await expect(packs.newForm.locator('input').first()).toBeFocused();
});
