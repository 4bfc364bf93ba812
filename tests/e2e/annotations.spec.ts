import fs from 'node:fs';
import { expect, captureScreen, test, type AppUnderTest } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { seriousViolations } from './axe';

const PLAN = 'national-health-plan-14th-fyp-2022';

test.describe('annotating', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('highlight Chinese text with a note and a tag, reload, find it in the panel, jump to it, export Markdown', async ({ library, reader, app, page }) => {
    const annotate = new AnnotationsPage(page);
    const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
    const segment = doc.segments.find((s) => s.kind === 'paragraph' && s.zh?.text.includes('卫生健康'))!;
    await library.open();
    await library.openDocument(PLAN);
    await reader.waitForDocument(PLAN);

    const row = reader.row(segment.id);
    await annotate.select(reader.cell(row, 'zh').locator('.cell-text'), '卫生健康');
    await annotate.noteButton.click();
    await expect(annotate.noteField).toBeFocused();
    await annotate.noteField.fill('发布会上原文引用此句');
    await annotate.tagField.fill('发布会');
    await annotate.tagField.press('Enter');
    await annotate.swatch(annotate.editor, 'green').click();
    await annotate.saveButton.click();

    const highlight = annotate.highlights(reader.cell(row, 'zh'));
    await expect(highlight).toHaveText('卫生健康');
    await expect(highlight).toHaveClass(/colour-green/);
    // The English counterpart carries a quiet mark, not a highlight.
    await expect(reader.cell(row, 'en').locator('[data-counterpart-annotated]')).toHaveCount(1);
    await expect(annotate.highlights(reader.cell(row, 'en'))).toHaveCount(0);

    await page.reload();
    await reader.waitForDocument(PLAN);
    await expect(annotate.highlights(reader.cell(row, 'zh'))).toHaveText('卫生健康');

    await annotate.navLink.click();
    const item = annotate.items.filter({ hasText: '发布会上原文引用此句' });
    await expect(item).toHaveCount(1);
    await expect(item.locator('.tag-chip')).toHaveText(['发布会']);
    await item.locator('.item-quote').click();
    await reader.waitForDocument(PLAN);
    const target = annotate.highlights(reader.cell(row, 'zh'));
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();

    await annotate.navLink.click();
    const [download] = await Promise.all([page.waitForEvent('download'), annotate.exportButton('markdown').click()]);
    expect(download.suggestedFilename()).toMatch(/^duizhao-annotations-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = fs.readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('发布会上原文引用此句');
    expect(markdown).toContain('> 卫生健康');
    expect(markdown).toContain('`发布会`');
    expect(markdown).toContain(`第 ${segment.position + 1} 段`);
  });

  test('keys highlight a selection; a deleted highlight comes back with Undo', async ({ library, reader, app, page }) => {
    const annotate = new AnnotationsPage(page);
    const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
    const segment = doc.segments.find((s) => s.kind === 'paragraph' && s.en?.text.includes('health'))!;
    await library.open();
    await library.openDocument(PLAN);
    await reader.waitForDocument(PLAN);
    const cell = reader.cell(reader.row(segment.id), 'en');

    await annotate.select(cell.locator('.cell-text'), 'health');
    await page.keyboard.press('4');
    await expect(annotate.highlights(cell)).toHaveClass(/colour-pink/);
    await expect(annotate.toolbar).toHaveCount(0);

    await annotate.highlights(cell).click();
    await annotate.deleteButton.click();
    await expect(annotate.highlights(cell)).toHaveCount(0);
    await annotate.toast.getByRole('button', { name: '撤销' }).click();
    await expect(annotate.highlights(cell)).toHaveClass(/colour-pink/);
    expect((await app.backend.handlers.listAnnotations({})).annotations).toHaveLength(1);
  });
});

/** A colleague's W3C file holding `items`. */
const collection = (...items: unknown[]) => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } });
const jsonFile = (name: string, content: string) => ({ name, mimeType: 'application/ld+json', buffer: Buffer.from(content) });

/** An annotation of `exact` in the first English paragraph of the plan that holds it, as a colleague's file carries it. */
async function colleagueAnnotation(app: AppUnderTest, id: string, exact: string, note: string) {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.en?.text.includes(exact))!;
  const start = segment.en!.text.indexOf(exact);
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    created: '2026-11-20T08:00:00Z',
    creator: { type: 'Person', name: 'Colleague' },
    body: [{ type: 'TextualBody', purpose: 'commenting', value: note }],
    target: {
      source: `app://duizhao/documents/${PLAN}/segments/${segment.id.split(':')[1]}/en`,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
  };
}

test('a file that is not an annotations file is left out with its reason, a file over the limit is refused, and a good one is merged after its preview', async ({ library, app, page }) => {
  test.slow(); // the 26 MB file crosses Playwright's channel to the page: seconds on a busy 2-core machine
  const annotate = new AnnotationsPage(page);
  await library.open();
  await annotate.navLink.click();
  await expect(page.locator('.annotation-empty')).toBeVisible();

  await annotate.importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('# not json') });
  await expect(annotate.previewFile('notes.json')).toContainText('Not a JSON file: this file is left out.');
  await expect(annotate.importConfirm).toBeDisabled();
  await annotate.importCancel.click();
  await expect(annotate.importPreview).toHaveCount(0);
  // Over the limit, the file is refused before it is read.
  await annotate.importInput.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(26 * 1024 * 1024, 0x20) });
  await expect(page.getByRole('alert')).toContainText('too large to import');
  expect((await app.backend.handlers.listAnnotations({})).annotations).toEqual([]);

  const good = await colleagueAnnotation(app, '7d7d2c55-1b0e-4c8e-9f59-3a6f4c1e2b10', 'health', 'From a colleague');
  await annotate.importInput.setInputFiles(jsonFile('colleague.jsonld', collection(good)));
  await expect(annotate.previewFile('colleague.jsonld').locator('tbody tr')).toHaveText([/#1\s*7d7d2c55\s*“health”\s*New/]);
  // Nothing is written before the user says Import.
  expect((await app.backend.handlers.listAnnotations({})).annotations).toEqual([]);
  await annotate.importConfirm.click();
  await expect(page.locator('.import-report')).toContainText('1 new');
  await expect(annotate.importPreview).toHaveCount(0);
  await expect(annotate.items.filter({ hasText: 'From a colleague' })).toHaveCount(1);
});

test('a file with bad records imports the good ones, each bad one listed with its reason', async ({ library, app, page }) => {
  const annotate = new AnnotationsPage(page);
  await library.open();
  await annotate.navLink.click();
  const good = await colleagueAnnotation(app, '11111111-1b0e-4c8e-9f59-3a6f4c1e2b10', 'health', 'The good one');
  const noId = { ...good, id: 1 };
  const elsewhere = { ...good, id: 'urn:uuid:22222222-1b0e-4c8e-9f59-3a6f4c1e2b10', target: { ...good.target, source: `app://duizhao/documents/${PLAN}/segments/p9999/en` } };
  await annotate.importInput.setInputFiles(jsonFile('mixed.jsonld', collection(noId, good, elsewhere)));

  const rows = annotate.previewFile('mixed.jsonld').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Left out');
  await expect(rows.nth(0)).toContainText('Not an annotation Duizhao can read (at id).');
  await expect(rows.nth(1)).toContainText('New');
  await expect(rows.nth(2)).toContainText('Its document or paragraph is not in this library.');
  await expect(annotate.importPreview.locator('.import-outcome-counts')).toContainText('Left out: 2');
  await annotate.importConfirm.click();
  await expect(page.locator('.import-report')).toContainText('1 new');
  await expect(page.locator('.import-report')).toContainText('2 records left out');
  await expect(annotate.items).toHaveCount(1);
  await expect(annotate.items.filter({ hasText: 'The good one' })).toHaveCount(1);
});

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(`merging several colleagues' files (${language})`, () => {
    test.use({ systemLanguage: language });

    test('one preview names the file of each record, one import merges them all', async ({ library, app, page }) => {
      const annotate = new AnnotationsPage(page);
      await library.open();
      await annotate.navLink.click();
      const fromA = await colleagueAnnotation(app, '33333333-1b0e-4c8e-9f59-3a6f4c1e2b10', 'health', 'From Ana');
      const fromB = await colleagueAnnotation(app, '44444444-1b0e-4c8e-9f59-3a6f4c1e2b10', 'the', 'From Bo');
      const bad = { ...fromB, id: 'urn:uuid:55555555-1b0e-4c8e-9f59-3a6f4c1e2b10', created: 'yesterday' };
      await annotate.importInput.setInputFiles([
        jsonFile('ana.jsonld', collection(fromA)),
        jsonFile('bo.jsonld', collection(fromB, bad)),
        jsonFile('readme.txt', 'not json'),
      ]);
      await expect(annotate.previewFile('ana.jsonld').locator('tbody tr')).toHaveCount(1);
      await expect(annotate.previewFile('bo.jsonld').locator('tbody tr')).toHaveCount(2);
      await expect(annotate.previewFile('readme.txt').locator('.import-file-error')).toBeVisible();
      await expect(annotate.importConfirm).toHaveText(language === 'en' ? 'Import 2' : '导入 2 条');
      expect((await app.backend.handlers.listAnnotations({})).annotations).toEqual([]);
      expect(await seriousViolations(page, '.import-preview')).toEqual([]);
      for (const width of [1360, 800]) {
        await page.setViewportSize({ width, height: 900 });
        await captureScreen(page, `import-preview-${language}-${width}`);
      }
      // The outcome chips and the file error in the dark theme too (issue 15).
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await seriousViolations(page, '.import-preview')).toEqual([]);
      await captureScreen(page, `import-preview-dark-${language}-800`);
      await page.emulateMedia({ colorScheme: 'light' });

      await annotate.importConfirm.click();
      await expect(page.locator('.import-report')).toContainText(language === 'en' ? '2 new' : '新增 2 条');
      await expect(annotate.items).toHaveCount(2);
    });
  });
}

test('an annotation whose text is gone is listed as unplaced and can be attached to new text', async ({ library, reader, app, page }) => {
  const annotate = new AnnotationsPage(page);
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.kind === 'paragraph' && s.en?.text.includes('health'))!;
  // A colleague's annotation on wording this edition no longer has.
  const orphan = {
    id: 'urn:uuid:5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
    type: 'Annotation',
    created: '2026-11-01T08:00:00Z',
    body: { type: 'TextualBody', purpose: 'commenting', value: 'Wording from the draft' },
    target: {
      source: `app://duizhao/documents/${PLAN}/segments/${segment.id.split(':')[1]}/en`,
      selector: [
        { type: 'TextQuoteSelector', exact: 'a sentence the draft had and the final text dropped', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 51 },
      ],
    },
  };
  await app.backend.handlers.importAnnotations({ files: [{ name: 'draft.jsonld', content: JSON.stringify([orphan]) }], mode: 'apply' });

  await library.open();
  await annotate.navLink.click();
  await page.getByRole('button', { name: /Unplaced \(1\)/ }).click();
  const item = annotate.items.filter({ hasText: 'Wording from the draft' });
  await expect(item).toContainText('no longer in the paragraph');
  await item.getByRole('button', { name: 'Re-attach…' }).click();
  await reader.waitForDocument(PLAN);
  await expect(page.locator('.reattach-banner')).toBeVisible();

  const cell = reader.cell(reader.row(segment.id), 'en');
  await annotate.select(cell.locator('.cell-text'), 'health');
  await annotate.toolbar.getByRole('button', { name: 'Attach here' }).click();
  await expect(annotate.highlights(cell)).toHaveText('health');
  await expect(page.locator('.reattach-banner')).toHaveCount(0);
  expect((await app.backend.handlers.listAnnotations({})).orphanCount).toBe(0);
});
