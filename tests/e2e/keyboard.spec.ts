import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import type { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';
import { CitationPage } from './pages/CitationPage';

// Issue "Usable by everyone": annotating without a mouse, Esc giving the focus back, one Tab per row.
const PLAN = 'national-health-plan-14th-fyp-2022';
const ROW = `${PLAN}:p0011`;

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function openPlanAt(page: Page, reader: ReaderPage, key: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/${key}`);
  await reader.waitForDocument(PLAN);
}

/** Where the focus is: the index of its row among the rows, and whether it is that row's tab stop. */
async function focusedRow(page: Page): Promise<{ index: number; isTabStop: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const rows = [...document.querySelectorAll('.segment[data-segment-id]')];
    return { index: rows.indexOf(active.closest('.segment[data-segment-id]')!), isTabStop: active.matches('.segment-number') };
  });
}

test('keyboard only: search, open a hit, select a word with the caret, note it, export the note as Markdown', async ({ library, reader, page }) => {
  const search = new SearchPage(page);
  const annotate = new AnnotationsPage(page);
  await library.open();

  // Ctrl+K focuses the search box; ↓ goes to the first hit, Enter opens the reader on it.
  await search.type('elderly');
  await expect(search.hits.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await reader.waitForAnyDocument();
  await expect(reader.findInput).toBeFocused();
  await expect(reader.currentHit).toBeVisible();

  // F7: the caret starts at the current hit; Shift+Ctrl+→ selects the word there.
  await page.keyboard.press('F7');
  await expect(reader.caretToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.sentenceStatus).toContainText('Caret on');
  await expect(reader.caret).toBeVisible();
  await page.keyboard.press('Control+Shift+ArrowRight');
  const word = (await reader.selection()).text.trim();
  expect(word.toLowerCase()).toBe('elderly');
  await expect(annotate.toolbar).toBeVisible();

  // Tab reaches the toolbar; N there opens the note editor, Ctrl+Enter saves.
  await page.keyboard.press('Tab');
  await expect(annotate.toolbar.locator('button').first()).toBeFocused();
  await page.keyboard.press('n');
  await expect(annotate.noteField).toBeFocused();
  await page.keyboard.type('Quote the elderly-care target at the briefing');
  await page.keyboard.press('Control+Enter');
  await expect(annotate.editor).toHaveCount(0);
  await expect(annotate.highlights().filter({ hasText: word })).toHaveCount(1);
  // The focus is back in the text, with the caret after the new highlight.
  expect(await reader.focused()).toMatch(/\.cell-text$/);
  expect((await reader.selection()).collapsed).toBe(true);

  // To the Annotations screen by the top bar's link, and Export Markdown.
  await page.keyboard.press('Control+k');
  await tabTo(page, annotate.navLink);
  await page.keyboard.press('Enter');
  await expect(annotate.items).toHaveCount(1);
  await tabTo(page, annotate.exportButton('markdown'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const markdown = fs.readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('Quote the elderly-care target at the briefing');
  expect(markdown).toContain(word);
});

test('caret mode: arrows move the caret, Shift selects, Ctrl+A takes one paragraph, ↓ goes on to the next row', async ({ library, reader, app, page }) => {
  const annotate = new AnnotationsPage(page);
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const at = doc.segments.findIndex((s) => s.id === ROW);
  const zh = doc.segments[at].zh!.text;
  await library.open();
  await openPlanAt(page, reader, 'p0011');
  await reader.tabStop(ROW).focus();

  await page.keyboard.press('F7');
  await expect(reader.cellText(ROW, 'zh')).toBeFocused();
  await expect(reader.caret).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  expect((await reader.selection()).text).toBe(zh.slice(2, 5));
  await expect(annotate.toolbar).toBeVisible();
  await expect(reader.caret).toBeHidden();

  // Ctrl+A selects this paragraph's Chinese text, not the page.
  await page.keyboard.press('Control+a');
  expect((await reader.selection()).text).toBe(zh);
  await expect(annotate.toolbar).toBeVisible();

  // Esc leaves the selection as a caret; from the text's end, ↓ goes on to the next row's Chinese text.
  await page.keyboard.press('Escape');
  await expect(annotate.toolbar).toHaveCount(0);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowDown');
  const next = doc.segments.slice(at + 1).find((s) => s.zh)!;
  expect(await reader.selection()).toMatchObject({ collapsed: true, inCell: next.id });
  await expect(reader.cellText(next.id, 'zh')).toBeFocused();

  // F7 again: off, announced, and the focus on the row's tab stop.
  await page.keyboard.press('F7');
  await expect(reader.caretToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(reader.sentenceStatus).toContainText('Caret off');
  await expect(reader.caret).toHaveCount(0);
  await expect(reader.tabStop(next.id)).toBeFocused();
});

test('one Tab per row: crossing 20 rows takes 20 Tabs; the arrows reach a row’s parts; the ring shows in both themes', async ({ library, reader, app, page }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const at = doc.segments.findIndex((s) => s.id === ROW);
  // Highlights in the rows crossed, which used to be tab stops of their own.
  for (const segment of doc.segments.slice(at, at + 20).filter((s) => s.zh && s.en).slice(0, 4)) {
    await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start: 0, end: 5, exact: segment.en!.text.slice(0, 5), colour: 'yellow', note: '', tags: [] });
  }
  await library.open();
  await openPlanAt(page, reader, 'p0011');

  // The skip link is the first stop, shows when focused, and lands on the text in view.
  await page.keyboard.press('Tab');
  await expect(reader.skipLink).toBeFocused();
  await expect(reader.skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(reader.tabStop(ROW)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/doc/${PLAN}/p0011$`));

  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  const landed = await focusedRow(page);
  expect(landed.isTabStop).toBe(true);
  expect(Math.abs(landed.index - (at + 20))).toBeLessThanOrEqual(2);

  // Inside a row: → to the copy-link button, → to copy as citation, → to the first Chinese sentence, End to the last part,
  // ↓ to the next row.
  await page.keyboard.press('Shift+Tab');
  const row = doc.segments[landed.index - 1];
  await expect(reader.tabStop(row.id)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(reader.row(row.id).locator('.copy-link').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(new CitationPage(page).paragraphButton(reader.row(row.id))).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(reader.sentence('zh', `${row.id}.s1`)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(reader.tabStop(row.id)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(reader.tabStop(doc.segments[row.position + 1].id)).toBeFocused();

  // The focus ring: solid, in the theme's focus colour, light and dark.
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const ring = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focus = getComputedStyle(probe).color;
      probe.remove();
      return { visible: active.matches(':focus-visible'), style: style.outlineStyle, colour: style.outlineColor, focus };
    });
    expect(ring).toEqual({ visible: true, style: 'solid', colour: ring.focus, focus: ring.focus });
  }
});

test('Esc gives the focus back: find bar, selection toolbar, note editor, annotations panel, links to check', async ({ library, reader, page }) => {
  const annotate = new AnnotationsPage(page);
  await library.open();
  await openPlanAt(page, reader, 'p0011');
  await reader.tabStop(ROW).focus();

  // The find bar: back to where Ctrl+F was pressed.
  await page.keyboard.press('Control+f');
  await expect(reader.findInput).toBeFocused();
  await page.keyboard.type('health');
  await expect(reader.currentHit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader.findInput).toHaveCount(0);
  await expect(reader.tabStop(ROW)).toBeFocused();

  // The selection toolbar: back to the text, the selection left as a caret.
  await page.keyboard.press('F7');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(annotate.toolbar).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(annotate.toolbar.locator('button').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(annotate.toolbar.locator('button').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(annotate.toolbar).toHaveCount(0);
  await expect(reader.cellText(ROW, 'zh')).toBeFocused();
  expect(await reader.selection()).toMatchObject({ collapsed: true, inCell: ROW });

  // The note editor: back to the text, at the caret.
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(annotate.toolbar).toBeVisible();
  await page.keyboard.press('n');
  await expect(annotate.noteField).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(annotate.editor).toHaveCount(0);
  await expect(reader.cellText(ROW, 'zh')).toBeFocused();
  expect(await reader.selection()).toMatchObject({ collapsed: true, inCell: ROW });
  await page.keyboard.press('F7');

  // The annotations panel: Esc first empties its search field, then closes it, back to its toggle.
  await reader.annotationsToggle.focus();
  await page.keyboard.press('Enter');
  await expect(reader.annotationsPanel).toBeVisible();
  const filter = reader.annotationsPanel.locator('input[type="search"]');
  await filter.focus();
  await page.keyboard.type('x');
  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(reader.annotationsPanel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader.annotationsPanel).toHaveCount(0);
  await expect(reader.annotationsToggle).toBeFocused();

  // The links to check: back to their toggle, from the panel or its Close button.
  await reader.linksToCheckToggle.focus();
  await page.keyboard.press('Enter');
  await reader.linksToCheckPanel.locator('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(reader.linksToCheckPanel).toHaveCount(0);
  await expect(reader.linksToCheckToggle).toBeFocused();
  expect(await reader.focused()).not.toBe('body');

  // A review note opened from its flag: Esc folds it and leaves the focus on the flag.
  const flag = page.locator('.segment[data-review] .review-flag').first();
  await flag.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(flag).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(flag).not.toHaveAttribute('open');
  await expect(flag.locator('summary')).toBeFocused();
});
