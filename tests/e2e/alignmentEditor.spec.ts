import type { Page } from '@playwright/test';
import type { UiLanguage } from '../../contract/languages';
import { closeApp, expect, restartApp, test } from './fixtures';
import { draftEnglish, importReleasePair } from './importedDocuments';
import { AlignmentEditorPage } from './pages/AlignmentEditorPage';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { seriousViolations } from './axe';

const ANNOTATED = 'continuous and standardised health management';

for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
  test(`the alignment editor: fix links by mouse and by keyboard, undo, redo, and find it all after a restart (${language})`, async ({ app, page, library, reader }) => {
    const documentId = await importReleasePair(app);
    await app.backend.handlers.setPreferences({ authorName: language === 'en' ? 'Li Wei' : '李伟' });
    const doc = await app.backend.handlers.getDocument({ documentId });
    const p3 = doc.segments[2];
    const start = p3.en!.text.indexOf(ANNOTATED);
    await app.backend.handlers.createAnnotation({ segmentId: p3.id, side: 'en', start, end: start + ANNOTATED.length, exact: ANNOTATED, colour: 'green' });

    await library.open();
    await library.chooseLanguage(language);
    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), documentId);
    await reader.waitForDocument(documentId);
    const editor = new AlignmentEditorPage(page);
    await editor.toggle.click();
    await expect(editor.bar).toBeVisible();
    await expect(editor.toggle).toHaveAttribute('aria-pressed', 'true');

    // By mouse: the second and third sentences of paragraph 5 become one link on both sides.
    await editor.choose(documentId, 'zh', 'p0005', 2);
    await expect(editor.target).toContainText(language === 'en' ? 'paragraph 5, link 2 of 3' : '第 5 段，第 2/3 组对齐');
    await editor.action('link').click();
    await expect.poll(() => editor.sameLink([documentId, 'zh', 'p0005', 2], [documentId, 'zh', 'p0005', 3], [documentId, 'en', 'p0005', 3])).toBe(true);

    // By mouse: the heading-like paragraph 2 and paragraph 3 become one row; the annotation stays on its words.
    await editor.choose(documentId, 'en', 'p0002', 1);
    await editor.action('merge-paragraphs').click();
    await expect(reader.row(`${documentId}:p0003`)).toHaveCount(0);
    const highlights = new AnnotationsPage(page).highlights(reader.row(`${documentId}:p0002`));
    await expect(highlights).toHaveText(ANNOTATED);

    // By keyboard: unlink the first sentence pair of paragraph 7, then undo and redo it.
    await editor.choose(documentId, 'zh', 'p0007', 1);
    await page.keyboard.press('u');
    await expect.poll(() => editor.sameLink([documentId, 'zh', 'p0007', 1], [documentId, 'en', 'p0007', 1])).toBe(false);
    await expect(editor.lastEdit).toContainText(language === 'en' ? 'Unlink, by Li Wei' : '取消对齐（李伟');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.sameLink([documentId, 'zh', 'p0007', 1], [documentId, 'en', 'p0007', 1])).toBe(true);
    await expect(editor.lastEdit).toContainText(language === 'en' ? 'Undone: Unlink.' : '已撤销：取消对齐。');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor.sameLink([documentId, 'zh', 'p0007', 1], [documentId, 'en', 'p0007', 1])).toBe(false);

    // After a restart: the edits, their history and the annotation are all still there.
    const restarted = await restartApp(app, language);
    try {
      const again = new LibraryPage(page, restarted.host);
      await again.open();
      await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), documentId);
      const readerAgain = new ReaderPage(page);
      await readerAgain.waitForDocument(documentId);
      await expect(readerAgain.row(`${documentId}:p0003`)).toHaveCount(0);
      await expect(new AnnotationsPage(page).highlights(readerAgain.row(`${documentId}:p0002`))).toHaveText(ANNOTATED);
      expect(await editor.sameLink([documentId, 'zh', 'p0005', 2], [documentId, 'zh', 'p0005', 3], [documentId, 'en', 'p0005', 3])).toBe(true);
      expect(await editor.sameLink([documentId, 'zh', 'p0007', 1], [documentId, 'en', 'p0007', 1])).toBe(false);
      await editor.toggle.click();
      await editor.openHistory();
      await expect(editor.historyEntries).toHaveCount(3);
      await expect(editor.historyEntries.first()).toContainText(language === 'en' ? 'Unlink, by Li Wei' : '取消对齐（李伟');
      await expect(editor.undoButton).toBeEnabled();
    } finally {
      await closeApp(restarted);
    }
  });
}

test('edit mode, a doubtful link chosen and the history open, has no serious accessibility violations, light or dark', async ({ app, page, library, reader }) => {
  const documentId = await importReleasePair(app, draftEnglish);
  await app.backend.handlers.editAlignment({ documentId, edit: { type: 'merge-sentences', segment: 'p0006', side: 'en', sentence: 2 } });
  const editor = await openInEditMode(page, library, reader, documentId);
  await editor.bar.getByRole('button', { name: 'Next doubtful' }).click();
  await expect(editor.target).toContainText('paragraph 5, link 2 of 2 · confidence 74 %');
  await editor.openHistory();
  await expect(editor.historyEntries).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page, '.reader-chrome', `[data-segment-id="${documentId}:p0005"]`), scheme).toEqual([]);
  }
});

test('S splits the chosen sentence at the caret, and Shift+S then starts a new paragraph at its second half', async ({ app, page, library, reader }) => {
  const documentId = await importReleasePair(app);
  const editor = await openInEditMode(page, library, reader, documentId);
  await editor.choose(documentId, 'en', 'p0009', 1);
  await editor.placeCaret(documentId, 'en', 'p0009', 1, 'and medical insurance');
  await expect(editor.action('split-sentence')).toBeEnabled();
  await page.keyboard.press('s');
  await expect(editor.sentence(documentId, 'en', 'p0009', 3)).toHaveText('This notice takes effect on the date of issue.');
  await expect(editor.sentence(documentId, 'en', 'p0009', 2)).toHaveText('and medical insurance departments shall improve capitation payment.');
  await expect(editor.lastEdit).toContainText('Done: Split sentence.');

  // The second half goes to the next link (]), which then starts a paragraph of its own.
  await editor.choose(documentId, 'en', 'p0009', 2);
  await page.keyboard.press(']');
  await expect.poll(() => editor.sameLink([documentId, 'en', 'p0009', 2], [documentId, 'en', 'p0009', 3], [documentId, 'zh', 'p0009', 2])).toBe(true);
  await editor.choose(documentId, 'zh', 'p0009', 2);
  await page.keyboard.press('Shift+S');
  await expect(reader.row(`${documentId}:p0009b`)).toContainText('本通知自印发之日起施行。');
  await expect(reader.row(`${documentId}:p0009b`)).toContainText('and medical insurance departments');
});

test('an edit made on a document changed elsewhere since is refused, said so, and the document shown as it is now', async ({ app, page, library, reader }) => {
  const documentId = await importReleasePair(app);
  const editor = await openInEditMode(page, library, reader, documentId);
  await expect(editor.lastEdit).toContainText('No edits yet.');
  // Another window unlinks paragraph 3's first pair meanwhile.
  await app.backend.handlers.editAlignment({ documentId, edit: { type: 'unlink', segment: 'p0003', link: 1 } });
  await editor.choose(documentId, 'zh', 'p0005', 1);
  await page.keyboard.press('u');
  await expect(page.locator('.alignment-edit-bar .error-message')).toContainText('The document has changed since');
  await expect.poll(() => editor.sameLink([documentId, 'zh', 'p0003', 1], [documentId, 'en', 'p0003', 1])).toBe(false);
  expect(await editor.sameLink([documentId, 'zh', 'p0005', 1], [documentId, 'en', 'p0005', 1])).toBe(true);
  await expect(editor.lastEdit).toContainText('Last edit: Unlink');
});

/** Opens the imported document in the reader, edit mode on. */
async function openInEditMode(page: Page, library: LibraryPage, reader: ReaderPage, documentId: string): Promise<AlignmentEditorPage> {
  await library.open();
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), documentId);
  await reader.waitForDocument(documentId);
  const editor = new AlignmentEditorPage(page);
  await editor.toggle.click();
  return editor;
}
