import { LOW_CONFIDENCE } from '../../contract/alignment';
import { expect, captureScreen, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { AuditPage } from './pages/AuditPage';
import { AlignmentEditorPage } from './pages/AlignmentEditorPage';
import { draftEnglish, importReleasePair } from './importedDocuments';
import { ImportPage } from './pages/ImportPage';

// The screens a person looks at before calling a change done, in both interface languages.
for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots: library and reader (${language})`, async ({ library, reader, page }) => {
    await library.open();
    await library.chooseLanguage(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await captureScreen(page, `library-${language}`);

    await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022/p0070'));
    await reader.waitForDocument('national-health-plan-14th-fyp-2022');
    await page.waitForTimeout(300); // let the smooth parts of the layout settle before the picture
    await captureScreen(page, `reader-${language}`);

    await page.evaluate(() => (window.location.hash = '#/doc/shanghai-health-plan-briefing-2021'));
    await reader.waitForDocument('shanghai-health-plan-briefing-2021');
    await captureScreen(page, `reader-briefing-${language}`);

    await page.keyboard.press('Control+k');
    await page.keyboard.type(language === 'en' ? 'elderly care' : '医养结合', { delay: 20 });
    await expect(page.locator('.search-count')).toBeVisible();
    await captureScreen(page, `search-${language}`);
    await page.locator('.search-hit a').first().click();
    await expect(page.locator('mark[data-hit="current"]')).toBeInViewport();
    await captureScreen(page, `reader-find-${language}`);
  });
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots: annotations (${language})`, async ({ library, reader, app, page }) => {
    const plan = 'national-health-plan-14th-fyp-2022';
    const doc = await app.backend.handlers.getDocument({ documentId: plan });
    const rows = doc.segments.filter((s) => s.kind === 'paragraph' && s.zh && s.en).slice(20, 24);
    const mark = async (segmentId: string, side: 'zh' | 'en', from: number, length: number, colour: 'yellow' | 'green' | 'blue' | 'pink', note = '', tags: string[] = []) => {
      const text = doc.segments.find((s) => s.id === segmentId)![side]!.text;
      // English highlights start and end on word boundaries, as a person selects them.
      const start = side === 'en' && from > 0 ? text.indexOf(' ', from) + 1 : from;
      const end = side === 'en' ? text.lastIndexOf(' ', start + length) : start + length;
      await app.backend.handlers.createAnnotation({ segmentId, side, start, end, exact: text.slice(start, end), colour, note, tags });
    };
    await app.backend.handlers.setPreferences({ authorName: language === 'en' ? 'Li Wei' : '李伟' });
    await mark(rows[0].id, 'zh', 0, 24, 'yellow', '发布会上可直接引用。', ['发布会', '术语']);
    await mark(rows[1].id, 'en', 10, 60, 'green', 'Check how this term is rendered elsewhere.', ['terminology']);
    await mark(rows[2].id, 'zh', 5, 16, 'blue');
    await mark(rows[3].id, 'en', 0, 40, 'pink', '', ['figures']);

    await library.open();
    await library.chooseLanguage(language);
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${plan}/${rows[0].id.split(':')[1]}`);
    await reader.waitForDocument(plan);
    await page.locator('.annotations-toggle').click();
    await page.locator('.annotation-item').first().waitFor();
    await new AnnotationsPage(page).select(page.locator(`.segment[data-segment-id="${rows[2].id}"] .cell[data-side="en"] .cell-text`), 'the');
    await captureScreen(page, `reader-selection-${language}`);
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.locator(`.segment[data-segment-id="${rows[1].id}"] .annotation[data-annotation-start]`).click();
    await page.locator('.annotation-editor').waitFor();
    await page.waitForTimeout(300);
    await captureScreen(page, `reader-annotations-${language}`);

    await page.keyboard.press('Escape');
    await page.locator('.top-nav a[href="#/annotations"]').click();
    await expect(page.locator('.annotation-item')).toHaveCount(4);
    await captureScreen(page, `annotations-${language}`);

    await app.backend.handlers.backupNow({});
    await page.locator('.top-nav a[href="#/settings"]').click();
    await page.locator('.backups-table').waitFor();
    await captureScreen(page, `settings-${language}`);
  });
}

// The Traditional-Chinese interface (issue 15): the library and the reader, wide and narrow; wide, a highlight's
// editor with the annotations panel, the Annotations screen and Settings; and a search typed in Traditional.
// The document text stays Simplified.
for (const width of [1360, 800]) {
  test(`screenshots: library and reader (zh-TW, ${width} px)`, async ({ library, reader, app, page }) => {
    const plan = 'national-health-plan-14th-fyp-2022';
    const suffix = width === 1360 ? '' : `-${width}`;
    const segmentId = `${plan}:p0071`; // the paragraph under the heading the reader opens at
    const doc = await app.backend.handlers.getDocument({ documentId: plan });
    const text = doc.segments.find((s) => s.id === segmentId)!.zh!.text;
    await app.backend.handlers.setPreferences({ authorName: '林怡君' });
    await app.backend.handlers.createAnnotation({ segmentId, side: 'zh', start: 0, end: 12, exact: text.slice(0, 12), colour: 'yellow', note: '記者會可直接引用。', tags: ['記者會'] });
    await page.setViewportSize({ width, height: 900 });
    await library.open();
    await library.chooseLanguage('zh-TW');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await captureScreen(page, `library-zh-TW${suffix}`);

    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${plan}/p0070`);
    await reader.waitForDocument(plan);
    await page.waitForTimeout(300); // let the smooth parts of the layout settle before the picture
    await captureScreen(page, `reader-zh-TW${suffix}`);
    if (width === 1360) {
      await page.locator('.annotations-toggle').click();
      await page.locator('.annotation-item').first().waitFor();
      await reader.scrollRowToTop(segmentId);
      await page.locator(`.segment[data-segment-id="${segmentId}"] .annotation[data-annotation-start]`).click();
      await page.locator('.annotation-editor').waitFor();
      await page.waitForTimeout(300);
      await captureScreen(page, 'reader-annotations-zh-TW');
      await page.keyboard.press('Escape');
    }

    await page.keyboard.press('Control+k');
    await page.keyboard.type('醫養結合', { delay: 20 });
    await expect(page.locator('.search-count')).toBeVisible();
    await captureScreen(page, `search-zh-TW${suffix}`);

    if (width === 1360) {
      await app.backend.handlers.backupNow({});
      for (const [hash, ready, name] of [['#/annotations', '.annotation-item', 'annotations-zh-TW'], ['#/settings', '.backups-table', 'settings-zh-TW']]) {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await page.locator(ready).first().waitFor();
        await captureScreen(page, name);
      }
    }
  });
}

// Sentence by sentence: a pinned pair and a hovered one in paragraph 11 of the national plan, then, in the first
// document with links under LOW_CONFIDENCE, the list of links to check; wide and narrow windows.
for (const language of ['en', 'zh-CN'] as const) {
  for (const width of [1360, 800]) {
    test(`screenshots: sentence pairs (${language}, ${width} px)`, async ({ library, reader, app, page }) => {
      const plan = 'national-health-plan-14th-fyp-2022';
      const segmentId = `${plan}:p0011`;
      const doc = await app.backend.handlers.getDocument({ documentId: plan });
      const segment = doc.segments.find((s) => s.id === segmentId)!;
      const suffix = width === 1360 ? '' : `-${width}`;
      await page.setViewportSize({ width, height: 900 });
      await library.open();
      await library.chooseLanguage(language);
      await library.openDocument(plan);
      await reader.waitForDocument(plan);
      await reader.scrollRowToTop(segmentId);
      await reader.sentence('zh', `${segmentId}.s${segment.sentences.zh.length > 3 ? 3 : 1}`).click();
      await reader.sentence('en', `${segmentId}.s1`).hover();
      await page.waitForTimeout(200);
      await captureScreen(page, `reader-sentences-${language}${suffix}`);

      const documents = await Promise.all((await app.backend.handlers.listDocuments({})).map((d) => app.backend.handlers.getDocument({ documentId: d.id })));
      const unsure = documents.find((d) => d.links.some((l) => l.confidence < LOW_CONFIDENCE && !l.corrected))!;
      await library.open();
      await library.openDocument(unsure.id);
      await reader.waitForDocument(unsure.id);
      await reader.linksToCheckToggle.click();
      await reader.linksToCheckPanel.locator('.link-check-show').first().click();
      await page.mouse.move(width - 4, 64); // off the text, without scrolling
      await page.waitForTimeout(300);
      await captureScreen(page, `reader-sentences-check-${language}${suffix}`);
    });
  }
}

// The dark theme (issue 15): paragraph 11 of the national plan with highlights in all five colours (one inside the
// pinned pair), a pinned pair and a hovered one, with the annotations panel; then search results and Settings; the
// reader again in a narrow window.
for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots: dark theme (${language})`, async ({ library, reader, app, page }) => {
    const plan = 'national-health-plan-14th-fyp-2022';
    const segmentId = `${plan}:p0011`;
    const doc = await app.backend.handlers.getDocument({ documentId: plan });
    const segment = doc.segments.find((s) => s.id === segmentId)!;
    const highlights: [side: 'zh' | 'en', exact: string, colour: 'yellow' | 'green' | 'blue' | 'pink' | 'purple', note: string][] = [
      ['zh', '关于实施健康中国行动的意见', 'pink', ''],
      ['zh', '重大疾病防治成效显著', 'yellow', language === 'en' ? 'Quote as is.' : '可直接引用。'],
      ['zh', '居民健康素养水平从10.25%提高到23.15%', 'green', ''],
      ['en', 'Healthy China 2030', 'blue', ''],
      ['en', 'health literacy level of residents', 'purple', ''],
    ];
    for (const [side, exact, colour, note] of highlights) {
      const start = segment[side]!.text.indexOf(exact);
      expect(start, exact).toBeGreaterThanOrEqual(0);
      await app.backend.handlers.createAnnotation({ segmentId, side, start, end: start + exact.length, exact, colour, note, tags: [] });
    }
    await app.backend.handlers.setPreferences({ theme: 'dark' });

    await library.open();
    await library.chooseLanguage(language);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await captureScreen(page, `library-dark-${language}`);

    for (const width of [1360, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${plan}`);
      await reader.waitForDocument(plan);
      if (width === 1360) {
        await page.locator('.annotations-toggle').click();
        await page.locator('.annotation-item').first().waitFor();
      }
      await reader.scrollRowToTop(segmentId);
      await reader.sentence('zh', `${segmentId}.s${segment.sentences.zh.length > 3 ? 3 : 1}`).click();
      await reader.sentence('en', `${segmentId}.s1`).hover();
      await page.waitForTimeout(200);
      await captureScreen(page, `reader-dark-${language}${width === 1360 ? '' : `-${width}`}`);
      await page.mouse.move(width - 4, 64);
      await page.keyboard.press('Escape');
      if (width === 1360) {
        // The editor of the yellow highlight, over the text; then the panel closed for the narrow window.
        await page.locator('.annotation.colour-yellow').first().click();
        await page.locator('.annotation-editor').waitFor();
        await captureScreen(page, `reader-dark-editor-${language}`);
        await page.keyboard.press('Escape');
        await page.locator('.annotations-toggle').click();
      }
    }
    await page.setViewportSize({ width: 1360, height: 900 });

    // The links to check: dotted underlines, the list beside the text.
    const documents = await Promise.all((await app.backend.handlers.listDocuments({})).map((d) => app.backend.handlers.getDocument({ documentId: d.id })));
    const unsure = documents.find((d) => d.links.some((l) => l.confidence < LOW_CONFIDENCE && !l.corrected))!;
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${unsure.id}`);
    await reader.waitForDocument(unsure.id);
    await reader.linksToCheckToggle.click();
    await reader.linksToCheckPanel.locator('.link-check-show').nth(1).click();
    await page.mouse.move(1356, 64);
    await page.waitForTimeout(300);
    await captureScreen(page, `reader-dark-check-${language}`);
    await reader.linksToCheckToggle.click();

    await page.keyboard.press('Control+k');
    await page.keyboard.type(language === 'en' ? 'elderly care' : '医养结合', { delay: 20 });
    await expect(page.locator('.search-count')).toBeVisible();
    await captureScreen(page, `search-dark-${language}`);

    await app.backend.handlers.backupNow({});
    await page.locator('.top-nav a[href="#/settings"]').click();
    await page.locator('.backups-table').waitFor();
    await captureScreen(page, `settings-dark-${language}`);
  });
}

// The terminology workbench (issue "Terminology workbench"), in both interface languages: the termbase, the
// concordance of 分级诊疗, the audit of the bundled corpus, and the terms and the dictionary in the reader.
for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots: terminology workbench (${language})`, async ({ library, reader, page }) => {
    const audit = new AuditPage(page);
    await library.open();
    await library.chooseLanguage(language);
    await page.evaluate(() => (window.location.hash = '#/terms/termbase?concept=c002'));
    await page.locator('.concept-editor').waitFor();
    await captureScreen(page, `terms-termbase-${language}`);

    await page.evaluate(() => (window.location.hash = `#/terms/concordance?q=${encodeURIComponent('分级诊疗')}`));
    await page.locator('.kwic-line').first().waitFor();
    await captureScreen(page, `terms-concordance-${language}`);

    await audit.open();
    await audit.run();
    await captureScreen(page, `terms-audit-${language}`);

    await page.evaluate(() => (window.location.hash = '#/doc/national-health-plan-14th-fyp-2022/p0025'));
    await reader.waitForDocument('national-health-plan-14th-fyp-2022');
    await reader.clickInPlace(reader.termToggle);
    const row = reader.row('national-health-plan-14th-fyp-2022:p0025');
    const term = reader.termMarks(reader.cell(row, 'zh'), '分级诊疗');
    await term.hover();
    await expect(reader.termPopover).toBeVisible();
    await captureScreen(page, `reader-terms-${language}`);

    await page.mouse.move(0, 0);
    await new AnnotationsPage(page).select(reader.cell(row, 'zh').locator('.cell-text'), '医疗卫生');
    await expect(reader.dictionaryPinyin.first()).toBeVisible();
    await captureScreen(page, `reader-dictionary-${language}`);
  });
}

// The alignment editor (issue 10) on an imported draft translation: edit mode on, one slip fixed, the doubtful link chosen.
for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots: alignment editor (${language})`, async ({ app, library, reader, page }) => {
    const documentId = await importReleasePair(app, draftEnglish);
    await app.backend.handlers.setPreferences({ authorName: language === 'en' ? 'Li Wei' : '李伟' });
    // The sentence the draft cut in two, put back together.
    await app.backend.handlers.editAlignment({ documentId, edit: { type: 'merge-sentences', segment: 'p0006', side: 'en', sentence: 2 } });
    const editor = new AlignmentEditorPage(page);
    for (const width of [1360, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await library.open();
      await library.chooseLanguage(language);
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${documentId}`);
      await reader.waitForDocument(documentId);
      await editor.toggle.click();
      await editor.sentence(documentId, 'zh', 'p0005', 3).click();
      await expect(editor.target).toContainText(language === 'en' ? '74 %' : '74%');
      await reader.scrollRowToTop(`${documentId}:p0004`);
      await page.mouse.move(1, 890); // off the text: no pair lit up by the pointer
      await page.waitForTimeout(200);
      await captureScreen(page, `reader-align-edit-${language}${width === 1360 ? '' : `-${width}`}`);
    }
  });
}

// Importing one's own documents (issue 10): the dialog's preview with the details form, wide and narrow, and the
// library with an imported document, its badge, provenance and actions.
for (const language of ['en', 'zh-CN'] as const) {
  for (const width of [1360, 800]) {
    test(`screenshots: importing documents (${language}, ${width} px)`, async ({ library, page }) => {
      const suffix = width === 1360 ? '' : `-${width}`;
      const importer = new ImportPage(page);
      await page.setViewportSize({ width, height: 900 });
      await library.open();
      await library.chooseLanguage(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await importer.open();
      await importer.choose('pair', 'release-pair/release.zh.docx', 'release-pair/release.en.pdf');
      await importer.startButton.click();
      await expect(importer.preview).toBeVisible();
      const english = language === 'en';
      await importer.field(english ? 'Title in English' : '英文标题').fill('Notice on Strengthening Chronic Disease Management in County Medical Communities');
      await importer.field(english ? 'Issued by (Chinese)' : '发布机构（中文）').fill('某县卫生健康局');
      await importer.field(english ? 'Type' : '类型').selectOption('notice');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await captureScreen(page, `import-dialog-${language}${suffix}`);
      if (width !== 1360) return;

      await importer.commitButton.click();
      await expect(page).toHaveURL(/#\/doc\/my-/);
      await page.evaluate(() => (window.location.hash = '#/'));
      await library.waitUntilReady();
      await page.locator('.imported-badge').first().scrollIntoViewIfNeeded();
      await captureScreen(page, `library-imported-${language}`);
    });
  }
}
