import type { Page } from '@playwright/test';
import { makeSegmentId } from '../../contract/segmentId';
import { buildLongDocumentCorpus, LONG_DOCUMENT_ID, LONG_DOCUMENT_MARKER, longDocumentKey, removeLongDocumentCorpus } from '../helpers/longDocument';
import { closeApp, expect, launchApp, test as base } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import type { LibraryPage } from './pages/LibraryPage';
import type { ReaderPage } from './pages/ReaderPage';

/**
 * The virtualised reader (issue 14) on a generated document of 2,000 paragraph pairs: few rows in the DOM, and
 * everything that reaches a row (links, the outline, find, annotations, sentence links, the keys) reaches one that
 * is not rendered yet.
 */
const PARAGRAPHS = 2000;
const LAST = longDocumentKey(PARAGRAPHS - 1);
const segmentId = (position: number) => makeSegmentId(LONG_DOCUMENT_ID, longDocumentKey(position));

const test = base.extend<object, { longCorpus: string }>({
  longCorpus: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter
    async ({}, use) => {
      const file = buildLongDocumentCorpus(PARAGRAPHS);
      await use(file);
      removeLongDocumentCorpus(file);
    },
    { scope: 'worker' },
  ],
  app: async ({ longCorpus }, use) => {
    const app = await launchApp('en', { corpusFile: longCorpus });
    await use(app);
    await closeApp(app);
  },
});

test.describe.configure({ timeout: 90_000 });

async function openAt(page: Page, library: LibraryPage, reader: ReaderPage, key?: string): Promise<void> {
  await library.open();
  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${LONG_DOCUMENT_ID}${key ? `/${key}` : ''}`);
  await reader.waitForDocument(LONG_DOCUMENT_ID);
}

test('only the rows near the viewport are in the DOM, at the top and at the end', async ({ page, library, reader }) => {
  await openAt(page, library, reader, longDocumentKey(0));
  await expect(reader.rowsContainer).toHaveAttribute('data-row-count', String(PARAGRAPHS));
  await expect(reader.row(segmentId(0))).toBeInViewport();
  expect(await reader.rows.count()).toBeLessThan(120);
  await reader.scrollToEnd();
  await expect(reader.row(segmentId(PARAGRAPHS - 1))).toBeInViewport();
  expect(await reader.rows.count()).toBeLessThan(120);
  await expect(reader.row(segmentId(0))).toHaveCount(0);
});

test('a deep link to the last paragraph lands on it, and stays', async ({ page, library, reader }) => {
  await openAt(page, library, reader, LAST);
  const row = reader.row(segmentId(PARAGRAPHS - 1));
  await expect(row).toBeInViewport();
  await expect(row).toHaveClass(/is-target/);
  await page.waitForTimeout(300);
  await expect(row).toBeInViewport();
});

test('the outline jumps to a heading far below and marks it as the section read', async ({ page, library, reader, app }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: LONG_DOCUMENT_ID });
  const far = doc.segments.filter((s) => s.kind === 'heading').at(-3)!;
  await openAt(page, library, reader);
  await reader.outlineLink(far.id.split(':').at(-1)!).click();
  await expect(reader.row(far.id)).toBeInViewport();
  await expect(reader.currentSection).toHaveAttribute('href', new RegExp(`${far.id.split(':').at(-1)}$`));
});

test('find steps with F3 to a match far below, in a row that was not rendered', async ({ page, library, reader }) => {
  await openAt(page, library, reader, longDocumentKey(0));
  await expect(reader.row(segmentId(PARAGRAPHS - 1))).toHaveCount(0);
  await page.keyboard.press('Control+f');
  await reader.findInput.fill(LONG_DOCUMENT_MARKER.zh);
  await expect(reader.findCount).toHaveText(/1 of 2$/);
  await expect(reader.currentHit).toBeInViewport();
  await page.keyboard.press('F3');
  await expect(reader.findCount).toHaveText(/2 of 2$/);
  await expect(reader.row(segmentId(PARAGRAPHS - 1)).locator('mark[data-hit="current"]')).toBeInViewport();
});

test('an annotation on a far row is highlighted once scrolled to, and the panel jumps to another', async ({ page, library, reader, app }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: LONG_DOCUMENT_ID });
  const annotate = async (position: number, note: string) => {
    const segment = doc.segments[position];
    const exact = segment.en!.text.slice(0, 12);
    await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start: 0, end: 12, exact, colour: 'green', note });
  };
  await annotate(PARAGRAPHS - 1, 'at the end');
  await annotate(1200, 'in the middle');
  await annotate(3, 'at the top');
  const annotations = new AnnotationsPage(page);
  await openAt(page, library, reader, longDocumentKey(0));
  // The reader holds the highlights of the rows near the viewport only, yet counts every one of the document's.
  await expect(annotations.highlights(reader.row(segmentId(3)))).toBeVisible();
  await expect(annotations.panelToggle).toContainText('3');

  await reader.scrollToEnd();
  await expect(annotations.highlights(reader.row(segmentId(PARAGRAPHS - 1)))).toBeInViewport();

  await annotations.panelToggle.click();
  await annotations.jumpButton(annotations.items.filter({ hasText: 'in the middle' })).click();
  await expect(annotations.highlights(reader.row(segmentId(1200)))).toBeInViewport();
});

test('a deep link into a later part shows its row before the parts after it arrive, and they fill in behind it', async ({ page, library, reader }) => {
  // The parts from position 1,500 on are held back until the row linked to, in the part from 1,000, is shown.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/api/getDocumentPart', async (route) => {
    const { from } = route.request().postDataJSON() as { from: number };
    if (from >= 1500) {
      held++;
      await released;
    }
    await route.continue();
  });
  await openAt(page, library, reader, longDocumentKey(1100));
  const target = reader.row(segmentId(1100));
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/is-target/);
  await expect(reader.cellText(target, 'en')).not.toBeEmpty();
  expect(held).toBe(1);
  // Every row has its place already: the rows of the held part wait there, without text.
  await expect(reader.rowsContainer).toHaveAttribute('data-row-count', String(PARAGRAPHS));
  await reader.scrollToEnd();
  await expect(page.locator(`.segment-pending[data-segment-id="${segmentId(PARAGRAPHS - 1)}"]`)).toBeAttached();
  await expect(reader.row(segmentId(PARAGRAPHS - 1))).toHaveCount(0);

  release();
  await expect(page.locator('.segment-pending')).toHaveCount(0);
  await reader.scrollToEnd();
  await expect(reader.cellText(reader.row(segmentId(PARAGRAPHS - 1)), 'en')).not.toBeEmpty();
});

test('a sentence of a far row lights up with its counterpart, and the sentence keys walk on into rows not rendered', async ({ page, library, reader, app }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: LONG_DOCUMENT_ID });
  const far = doc.segments.findIndex((s, i) => i > 1500 && s.kind === 'paragraph' && s.sentences.zh.length > 0);
  await openAt(page, library, reader, longDocumentKey(far));
  const first = reader.row(doc.segments[far].id).locator('.cell[data-side="zh"] .sentence').first();
  await first.hover();
  await expect(reader.pairedSentences.first()).toBeVisible();
  expect(await reader.pairedSentences.count()).toBeGreaterThanOrEqual(2);

  // Alt+↓ from the far row, on past the last row rendered around it when it was opened.
  const lastRendered = await reader.rows.last().getAttribute('data-segment-id');
  const beyond = doc.segments.findIndex((s) => s.id === lastRendered) + 1;
  await reader.tabStop(doc.segments[far].id).focus();
  let reached = far;
  for (let presses = 0; reached < beyond && presses < 600; presses += 20) {
    for (let i = 0; i < 20; i++) await page.keyboard.press('Alt+ArrowDown');
    const focused = await reader.focusedRowId();
    reached = doc.segments.findIndex((s) => s.id === focused);
  }
  expect(reached).toBeGreaterThanOrEqual(beyond);
  await expect(page.locator(':focus')).toBeInViewport();
});

test('↓ from row to row walks on into rows that were not rendered', async ({ page, library, reader }) => {
  await openAt(page, library, reader, longDocumentKey(0));
  await reader.tabStop(segmentId(0)).focus();
  for (let i = 0; i < 150; i++) await page.keyboard.press('ArrowDown');
  expect(await reader.focusedRowId()).toBe(segmentId(150));
  await expect(reader.tabStop(segmentId(150))).toBeInViewport();
  expect(await reader.rows.count()).toBeLessThan(120);
});
