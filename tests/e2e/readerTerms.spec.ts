import type { Page } from '@playwright/test';
import type { UiLanguage } from '../../contract/languages';
import type { ConceptInput } from '../../contract/terminology';
import { dispatchApiCall } from '../../main/domain/dispatch';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import type { ReaderPage } from './pages/ReaderPage';
import { seriousViolations } from './axe';

const PLAN = 'national-health-plan-14th-fyp-2022';
const HIERARCHICAL = `${PLAN}:p0025`;
const RESULTS = `${PLAN}:p0011`;

/** The dictionary card covers neither the selection nor the selection toolbar. */
async function expectCardClear(page: Page, reader: ReaderPage): Promise<void> {
  await expect(reader.dictionaryPinyin.first()).toBeVisible();
  const card = (await reader.dictionaryCard.boundingBox())!;
  const toolbar = (await page.locator('.selection-toolbar').boundingBox())!;
  const selected = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
  const apart = (a: { y: number; height: number }, b: { y: number; height: number }) => a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
  expect(apart(card, toolbar), 'card and toolbar overlap').toBe(true);
  expect(apart(card, selected), 'card and selection overlap').toBe(true);
}

/** What the reader says, in each interface language the issue is checked in. */
const WORDS: Record<'en' | 'zh-CN', { preferred: string; admitted: string; forbidden: string; noAccepted: string; source: string }> = {
  en: { preferred: 'preferred', admitted: 'admitted', forbidden: 'forbidden', noAccepted: 'No accepted rendering in the aligned sentence', source: 'CC-CEDICT' },
  'zh-CN': { preferred: '首选', admitted: '许可', forbidden: '禁用', noAccepted: '对应句中没有认可的译法', source: 'CC-CEDICT' },
};

for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
  test.describe(`terms in the reader (${language})`, () => {
    test.use({ systemLanguage: language });
    const words = WORDS[language];

    test('terms are marked in both columns; hovering or focusing one shows its entry and its rendering in the aligned sentence', async ({ library, reader, page }) => {
      await library.open();
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0025`);
      await reader.waitForDocument(PLAN);
      const row = reader.row(HIERARCHICAL);
      await expect(reader.termMarks(row)).toHaveCount(0);
      await reader.clickInPlace(reader.termToggle);
      await expect(reader.termToggle).toHaveAttribute('aria-pressed', 'true');

      const zhTerm = reader.termMarks(reader.cell(row, 'zh'), '分级诊疗');
      await expect(zhTerm).toHaveAttribute('data-term-status', 'preferred');
      await expect(reader.termMarks(reader.cell(row, 'en'), 'hierarchical diagnosis and treatment')).toHaveCount(1);

      await zhTerm.hover();
      await expect(reader.termPopover).toBeVisible();
      await expect(reader.termPopover).toContainText('stratified health care');
      await expect(reader.termStatusBadges(reader.termPopover, 'admitted')).toHaveText(words.admitted);
      await expect(reader.termCounterpart).toContainText('hierarchical diagnosis and treatment');
      await expect(reader.termStatusBadges(reader.termCounterpart, 'preferred')).toHaveText(words.preferred);
      await expect(reader.termCounterpart).not.toContainText(words.noAccepted);
      await expect(reader.termPopover.locator('a').first()).toHaveAttribute('href', '#/terms/termbase?concept=c001');
      await expect(reader.termPopover.locator('a').last()).toHaveAttribute('href', `#/terms/concordance?q=${encodeURIComponent('分级诊疗')}`);
      expect(await seriousViolations(page, `[data-segment-id="${HIERARCHICAL}"]`, '.term-popover')).toEqual([]);
      await page.mouse.move(2, 400);
      await expect(reader.termPopover).toBeHidden();

      // By keyboard: the term is one of its row's parts, reached with → from the row's tab stop.
      await reader.tabStop(HIERARCHICAL).focus();
      for (let i = 0; i < 40 && !(await zhTerm.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
      await expect(zhTerm).toBeFocused();
      await expect(reader.termCounterpart).toContainText('hierarchical diagnosis and treatment');
      await page.keyboard.press('Enter');
      await expect(reader.termPopover.locator('a').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(reader.termPopover).toBeHidden();
      await expect(zhTerm).toBeFocused();

      // Marking stays as the user left it.
      await page.reload();
      await reader.waitForDocument(PLAN);
      await expect(reader.termToggle).toHaveAttribute('aria-pressed', 'true');
      await expect(reader.termMarks(reader.cell(row, 'zh'), '分级诊疗')).toHaveCount(1);
    });

    test('a rendering the termbase forbids is flagged where it occurs, and its counterpart says no accepted rendering is there', async ({ app, library, reader, page }) => {
      const concept: ConceptInput = {
        terms: [
          { language: 'zh', text: '成效显著', status: 'preferred' },
          { language: 'en', text: 'remarkable results', status: 'preferred' },
          { language: 'en', text: 'significant results', status: 'forbidden' },
        ],
      };
      // Through the API's dispatch, as the app's own call is checked and given its defaults.
      expect(await dispatchApiCall(app.backend.handlers, 'saveConcept', concept)).toMatchObject({ ok: true });
      await library.open();
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0011`);
      await reader.waitForDocument(PLAN);
      await reader.clickInPlace(reader.termToggle);
      const row = reader.row(RESULTS);
      const forbidden = reader.termMarks(reader.cell(row, 'en'), 'Significant results');
      await expect(forbidden).toHaveAttribute('data-term-status', 'forbidden');
      // Not told by colour alone: a glyph follows the rendering.
      expect(await reader.flagGlyph(forbidden)).toContain('⊘');
      await expect(forbidden).toHaveAccessibleDescription(new RegExp(words.forbidden));

      await reader.termMarks(reader.cell(row, 'zh'), '成效显著').hover();
      await expect(reader.termCounterpart).toContainText('Significant results');
      await expect(reader.termStatusBadges(reader.termCounterpart, 'forbidden')).toHaveText(words.forbidden);
      await expect(reader.termCounterpart).toContainText(words.noAccepted);
    });

    test('selecting a Chinese word shows its dictionary entry with pinyin; "Add as term" proposes it with its aligned English', async ({ library, reader, page }) => {
      const annotate = new AnnotationsPage(page);
      await library.open();
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0025`);
      await reader.waitForDocument(PLAN);
      await annotate.select(reader.cellText(HIERARCHICAL, 'zh'), '分级诊疗');

      await expect(reader.dictionaryCard).toContainText(words.source);
      await expect(reader.dictionaryPinyin).toHaveText(['fēn jí', 'zhěn liáo']);
      await expect(reader.dictionaryCard).toContainText('diagnosis and treatment');
      await expect(reader.dictionaryTermbaseEntry).toContainText('hierarchical diagnosis and treatment');
      // The card stays clear of the selected text and of the toolbar, also at the bottom of the window.
      await expectCardClear(page, reader);
      await reader.cellText(HIERARCHICAL, 'zh').evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 4));
      await annotate.select(reader.cellText(HIERARCHICAL, 'zh'), '分级诊疗');
      await expectCardClear(page, reader);

      await reader.addAsTermButton.click();
      await expect(page).toHaveURL(/#\/terms\/termbase\?/);
      const draft = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
      expect(Object.fromEntries(draft)).toEqual({ new: '1', zh: '分级诊疗', en: 'hierarchical diagnosis and treatment', seg: HIERARCHICAL });
    });

    test('marks live with search hits, highlights and sentences, and leave the text as it is', async ({ app, library, reader, page }) => {
      const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
      const text = doc.segments.find((s) => s.id === HIERARCHICAL)!.zh!.text;
      const at = text.indexOf('分级诊疗');
      await dispatchApiCall(app.backend.handlers, 'createAnnotation', { segmentId: HIERARCHICAL, side: 'zh', start: at, end: at + 2, exact: '分级', colour: 'green', note: '', tags: [] });
      await library.open();
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0025?q=${encodeURIComponent('分级诊疗')}`);
      await reader.waitForDocument(PLAN);
      await reader.clickInPlace(reader.termToggle);
      const cell = reader.cell(reader.row(HIERARCHICAL), 'zh');
      const term = reader.termMarks(cell, '分级');
      // Cut by the highlight into two pieces, still one term with one focus stop, inside its sentence, around the hit.
      await expect(cell.locator('.term-mark[data-term-status="preferred"]', { hasText: /^分级|^诊疗/ })).toHaveCount(2);
      await expect(term).toHaveCount(1);
      await expect(term.locator('.annotation')).toHaveText('分级');
      await expect(cell.locator('.sentence .term-mark mark')).toHaveText(['分级', '诊疗']);
      await expect(reader.cellText(HIERARCHICAL, 'zh')).toHaveText(text);
      await expect(reader.cellText(HIERARCHICAL, 'en')).toHaveText(doc.segments.find((s) => s.id === HIERARCHICAL)!.en!.text);
    });
  });
}

test('flagged terms, an entry and the dictionary card keep their contrast in the dark theme', async ({ app, library, reader, page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await dispatchApiCall(app.backend.handlers, 'saveConcept', {
    terms: [
      { language: 'zh', text: '成效显著', status: 'preferred' },
      { language: 'en', text: 'significant results', status: 'forbidden' },
      { language: 'en', text: 'notable results', status: 'superseded' },
    ],
  });
  await library.open();
  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0011`);
  await reader.waitForDocument(PLAN);
  await reader.clickInPlace(reader.termToggle);
  const row = reader.row(RESULTS);
  await reader.termMarks(reader.cell(row, 'zh'), '成效显著').hover();
  await expect(reader.termCounterpart).toBeVisible();
  expect(await seriousViolations(page, `[data-segment-id="${RESULTS}"]`, '.term-popover')).toEqual([]);
  await page.mouse.move(2, 400);
  await new AnnotationsPage(page).select(reader.cellText(RESULTS, 'zh'), '成效显著');
  await expect(reader.dictionaryPinyin.first()).toBeVisible();
  expect(await seriousViolations(page, '.dictionary-card', '.selection-toolbar')).toEqual([]);
});
