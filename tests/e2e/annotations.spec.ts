import fs from 'node:fs';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';

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

test('an import file that is not an annotations file is refused with a message, and a good one is merged', async ({ library, app, page }) => {
  const annotate = new AnnotationsPage(page);
  await library.open();
  await annotate.navLink.click();
  await expect(page.locator('.annotation-empty')).toBeVisible();

  await annotate.importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('# not json') });
  await expect(page.getByRole('alert')).toContainText('not a JSON file');
  await annotate.importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"AnnotationPage","items":[{"id":1}]}') });
  await expect(page.getByRole('alert')).toContainText('not a W3C annotation file');
  await expect(page.getByRole('alert')).toContainText('Annotation 0.id');
  // Over the limit, the file is refused before it is read.
  await annotate.importInput.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(26 * 1024 * 1024, 0x20) });
  await expect(page.getByRole('alert')).toContainText('too large to import');
  expect((await app.backend.handlers.listAnnotations({})).annotations).toEqual([]);

  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.en?.text.includes('health'))!;
  const start = segment.en!.text.indexOf('health');
  const colleague = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          id: 'urn:uuid:7d7d2c55-1b0e-4c8e-9f59-3a6f4c1e2b10',
          type: 'Annotation',
          created: '2026-11-20T08:00:00Z',
          creator: { type: 'Person', name: 'Colleague' },
          body: [{ type: 'TextualBody', purpose: 'commenting', value: 'From a colleague' }],
          target: {
            source: `app://duizhao/documents/${PLAN}/segments/${segment.id.split(':')[1]}/en`,
            selector: [
              { type: 'TextQuoteSelector', exact: 'health', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start, end: start + 6 },
            ],
          },
        },
      ],
    },
  };
  await annotate.importInput.setInputFiles({ name: 'colleague.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(colleague)) });
  await expect(page.locator('.import-report')).toContainText('1 new');
  await expect(annotate.items.filter({ hasText: 'From a colleague' })).toHaveCount(1);
});

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
  await app.backend.handlers.importAnnotations({ content: JSON.stringify([orphan]) });

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
