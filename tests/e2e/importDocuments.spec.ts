import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { IMPORT_FILE_MAX_BYTES, IMPORT_FILE_MAX_MB, type ImportShape } from '../../contract/imports';
import { closeApp, expect, launchApp, restartApp, test, type AppUnderTest } from './fixtures';
import { AlignmentEditorPage } from './pages/AlignmentEditorPage';
import { AlignmentExportMenu } from './pages/AlignmentExportMenu';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CommandsPage } from './pages/CommandsPage';
import { FIXTURES, ImportPage } from './pages/ImportPage';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';
import { seriousViolations } from './axe';

// Bringing one's own documents (issue 10): the import dialog, dropped files, hostile files, and what the library
// lets the user do with an imported document afterwards. The parsing and aligning are the domain's (tested under
// Node); these tests drive them through the interface, against the browser host, as a person would.
test.describe.configure({ timeout: 120_000 });

const LABELS = {
  en: { titleEn: 'Title in English', issuerZh: 'Issued by (Chinese)', type: 'Type', source: 'Source address', originEn: 'The English text is', notice: 'Notice' },
  'zh-CN': { titleEn: '英文标题', issuerZh: '发布机构（中文）', type: '类型', source: '来源网址', originEn: '英文文本为', notice: '通知' },
} as const;

/** Records, from before a job starts, every phase the dialog's progress showed and whether its bar had a value. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { phases: [] as string[], bar: false };
    (window as unknown as { importProgressSeen: typeof seen }).importProgressSeen = seen;
    new MutationObserver(() => {
      const progress = document.querySelector('.import-progress');
      const phase = progress?.getAttribute('data-phase');
      if (phase && seen.phases.at(-1) !== phase) seen.phases.push(phase);
      if (progress?.querySelector('[role="progressbar"]')) seen.bar = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`a Chinese .docx and an English .pdf imported through the dialog: aligned, two links fixed, searched, annotated, exported as TMX, all there after a restart (${language})`, async ({ page }) => {
    let app = await launchApp(language);
    try {
      const library = new LibraryPage(page, app.host);
      const importer = new ImportPage(page);
      const reader = new ReaderPage(page);
      const labels = LABELS[language];
      await library.open();
      const before = await app.backend.handlers.listDocuments({});

      await importer.open();
      await expect(importer.dialog).toHaveAccessibleName(language === 'en' ? 'Import documents' : '导入文件');
      await importer.choose('pair', 'release-pair/release.zh.docx', 'release-pair/release.en.pdf');
      // Each file on the side its name says.
      await expect(importer.chosenFiles.nth(0).locator('select')).toHaveValue('zh');
      await expect(importer.chosenFiles.nth(1).locator('select')).toHaveValue('en');
      await watchProgress(page);
      await importer.startButton.click();

      await expect(importer.preview).toBeVisible();
      const seen = await page.evaluate(() => (window as unknown as { importProgressSeen: { phases: string[]; bar: boolean } }).importProgressSeen);
      expect(seen.bar).toBe(true);
      expect(seen.phases.length).toBeGreaterThan(0);
      await expect(importer.previewFiles).toHaveCount(2);
      await expect(importer.previewFiles.nth(0)).toHaveAttribute('data-format', 'docx');
      await expect(importer.previewFiles.nth(1)).toHaveAttribute('data-format', 'pdf');
      await expect(importer.sampleRows.first()).toContainText('关于加强县域医共体慢性病管理的通知');
      await expect(importer.sampleRows.first()).toContainText('Notice on Strengthening Chronic Disease Management');

      // The Chinese title is the one the file gives itself; a bad address is told by its field, translated, and nothing is stored.
      await expect(importer.field(language === 'en' ? 'Title in Chinese' : '中文标题')).toHaveValue('关于加强县域医共体慢性病管理的通知');
      await importer.field(labels.titleEn).fill('Notice on chronic disease management in county medical communities');
      await importer.field(labels.issuerZh).fill('某县卫生健康局');
      await importer.field(labels.type).selectOption('notice');
      await importer.field(labels.originEn).selectOption('user-draft');
      await importer.field(labels.source).fill('javascript:alert(1)');
      await importer.commitButton.click();
      await expect(importer.fieldProblems).toHaveText([language === 'en' ? 'Give a web address starting with http:// or https://.' : '请填写以 http:// 或 https:// 开头的网址。']);
      await expect(importer.field(labels.source)).toBeFocused();
      expect(await app.backend.handlers.listDocuments({})).toHaveLength(before.length);
      await importer.field(labels.source).fill('https://example.org/notice');
      await importer.commitButton.click();

      // Lands in the reader, both languages side by side.
      await expect(importer.dialog).toHaveCount(0);
      await expect(page).toHaveURL(/#\/doc\/my-/);
      const documentId = decodeURIComponent(page.url().split('#/doc/')[1]);
      await reader.waitForDocument(documentId);
      const row = reader.rows.filter({ hasText: '家庭医生团队' });
      await expect(reader.cell(row, 'zh')).toContainText('家庭医生团队');
      await expect(reader.cell(row, 'en')).toContainText('family doctor teams');
      const stored = (await app.backend.handlers.listDocuments({})).find((d) => d.id === documentId)!;
      expect(stored).toMatchObject({ library: 'imported', type: 'notice', issuer: { zh: '某县卫生健康局' }, sourceUrl: 'https://example.org/notice' });
      expect(stored.coverage.en.draft).toBe(stored.coverage.en.present);

      // Two links fixed as a translator would: paragraph 5's second and third sentences made one link by mouse,
      // paragraph 7's first pair parted by keyboard.
      const editor = new AlignmentEditorPage(page);
      const p5 = (side: 'zh' | 'en', n: number): [string, 'zh' | 'en', string, number] => [documentId, side, 'p0005', n];
      const p7 = (side: 'zh' | 'en', n: number): [string, 'zh' | 'en', string, number] => [documentId, side, 'p0007', n];
      await editor.toggle.click();
      await editor.choose(...p5('zh', 2));
      await editor.action('link').click();
      await expect.poll(() => editor.sameLink(p5('zh', 2), p5('zh', 3), p5('en', 3))).toBe(true);
      await editor.choose(...p7('zh', 1));
      await page.keyboard.press('u');
      await expect.poll(() => editor.sameLink(p7('zh', 1), p7('en', 1))).toBe(false);
      await editor.toggle.click();

      const search = new SearchPage(page);
      await search.type('家庭医生团队');
      const group = page.locator(`.search-group[data-document-id="${documentId}"]`);
      await expect(group.locator('.search-hit mark').first()).toHaveText('家庭医生团队');
      await group.locator('.search-hit a').first().click();
      await reader.waitForDocument(documentId);
      await expect(reader.currentHit).toHaveText('家庭医生团队');
      // Without the find bar (which keeps the focus), to annotate as a reader does.
      await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${documentId}`);

      const annotate = new AnnotationsPage(page);
      await annotate.select(reader.cell(row, 'zh').locator('.cell-text'), '家庭医生团队');
      await annotate.swatch(annotate.toolbar, 'yellow').click();
      await expect(annotate.highlights(reader.cell(row, 'zh'))).toHaveText('家庭医生团队');

      // Exported as TMX: a unit per link, the joined one holding both Chinese sentences in one segment.
      const exported = await app.backend.handlers.getDocument({ documentId });
      const p5zh = exported.segments.find((segment) => segment.id === `${documentId}:p0005`)!;
      const [second, third] = p5zh.sentences.zh.slice(1, 3).map((sentence) => p5zh.zh!.text.slice(sentence.start, sentence.end).trim());
      const menu = new AlignmentExportMenu(page);
      await menu.summary.click();
      const [download] = await Promise.all([page.waitForEvent('download'), menu.format('tmx').click()]);
      const tmx = fs.readFileSync((await download.path())!, 'utf8');
      expect(tmx.match(/<tu[ >]/g)).toHaveLength(exported.links.length);
      expect(tmx).toMatch(new RegExp(`<seg>[^<]*${second}[^<]*${third}[^<]*</seg>`));

      app = await restartApp(app, language);
      const again = new LibraryPage(page, app.host);
      await again.open();
      await expect(importer.importedBadge(documentId)).toHaveText(language === 'en' ? 'Imported' : '已导入');
      await expect(importer.card(documentId)).toContainText(language === 'en' ? 'English: your draft translation' : '英文：我的译文草稿');
      await again.openDocument(documentId);
      await reader.waitForDocument(documentId);
      await expect(annotate.highlights(reader.cell(reader.rows.filter({ hasText: '家庭医生团队' }), 'zh'))).toHaveText('家庭医生团队');
      expect(await editor.sameLink(p5('zh', 2), p5('zh', 3), p5('en', 3))).toBe(true);
      expect(await editor.sameLink(p7('zh', 1), p7('en', 1))).toBe(false);
      await search.type('capitation payment');
      await expect(page.locator(`.search-group[data-document-id="${documentId}"] .search-hit`).first()).toBeVisible();
    } finally {
      await closeApp(app);
    }
  });
}

/** Imports files through the backend itself (not the dialog), for the tests of what comes after. */
async function importDirectly(app: AppUnderTest, files: { name: string; side: 'zh' | 'en' }[], title: string): Promise<string> {
  const handlers = app.backend.handlers;
  const { jobId } = await handlers.startImport({
    shape: files.length === 2 ? 'pair' : 'single',
    files: files.map((f) => ({ name: path.basename(f.name), side: f.side, data: fs.readFileSync(path.join(FIXTURES, f.name)).toString('base64') })),
  });
  await expect.poll(async () => (await handlers.getImportJob({ jobId })).state, { timeout: 30_000 }).toBe('ready');
  const metadata = { title: { zh: null, en: title }, issuer: { zh: null, en: null }, documentNumber: { zh: null, en: null }, issuedOn: null, publishedOn: null, type: 'notice' as const, sourceUrl: null, origin: { zh: 'published' as const, en: 'reference-translation' as const } };
  return (await handlers.commitImport({ jobId, metadata })).documentId;
}

const locale = (language: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'locales', language, 'translation.json'), 'utf8'));

test.describe('in Chinese', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('each hostile file gets its own message in the dialog, the user can pick again, and the library is unchanged', async ({ library, app, page }) => {
    const importer = new ImportPage(page);
    const reasons = locale('zh-CN').errors.reason as Record<string, string>;
    const before = await app.backend.handlers.listDocuments({});
    await library.open();
    await importer.open();
    const cases: [ImportShape, string[], string][] = [
      ['single', ['import/empty.txt'], 'file-empty'],
      ['single', ['import/png-renamed.txt'], 'file-binary'],
      ['single', ['import/unknown-encoding.txt'], 'file-encoding-unknown'],
      ['single', ['import/corrupt.docx'], 'docx-corrupt'],
      ['single', ['import/bomb.docx'], 'docx-too-expanded'],
      ['single', ['import/truncated.pdf'], 'pdf-corrupt'],
      ['single', ['import/encrypted.pdf'], 'pdf-encrypted'],
      ['single', ['import/scanned.pdf'], 'pdf-no-text'],
      ['bilingual', ['import/malformed.tmx'], 'tmx-malformed'],
      ['bilingual', ['import/billion-laughs.tmx'], 'tmx-entities'],
      ['pair', ['import/zh-gb18030.txt', 'import/zh-lines.txt'], 'pair-same-language'],
    ];
    for (const [shape, files, reason] of cases) {
      await importer.choose(shape, ...files);
      if (shape === 'pair') {
        // Both named Chinese: the dialog puts the second on the other side, and the domain finds both Chinese.
        await expect(importer.chosenFiles.nth(1).locator('select')).toHaveValue('en');
      }
      await importer.startButton.click();
      await expect(importer.error.locator('.import-refusal-reason'), reason).toHaveText(reasons[reason]);
      await expect(importer.error).toContainText(locale('zh-CN').errors['document-file-refused']);
      // The chooser stays, to pick again.
      await expect(importer.startButton).toBeVisible();
    }
    // An undetectable encoding can be named, and the same file read again in it.
    await importer.choose('single', 'import/unknown-encoding.txt');
    await importer.startButton.click();
    await importer.dialog.locator('.encoding-retry select').selectOption('windows-1252');
    await importer.dialog.locator('.encoding-retry-button').click();
    await expect(importer.preview).toBeVisible();
    await expect(importer.previewFiles.first().locator('select')).toHaveValue('windows-1252');
    await importer.dialog.locator('.import-again').click();

    // A detected encoding is shown and can be changed: the same file is read again in the one chosen.
    await importer.choose('single', 'import/zh-gb18030.txt');
    await importer.startButton.click();
    const encoding = importer.previewFiles.first().locator('select');
    await expect(encoding).toHaveValue('gb18030');
    const asDetected = await importer.sampleRows.first().textContent();
    await encoding.selectOption('big5');
    await expect(importer.previewFiles.first().locator('select')).toHaveValue('big5');
    await expect(importer.sampleRows.first()).not.toHaveText(asDetected!);
    await importer.dialog.locator('.import-again').click();

    // A file over the limit is refused before it is sent, with the limit in the message.
    const huge = path.join(os.tmpdir(), `duizhao-huge-${process.pid}.txt`);
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, IMPORT_FILE_MAX_BYTES + 1);
    try {
      await importer.shape('single').check();
      await importer.fileInput.setInputFiles(huge);
      await expect(importer.fieldProblems).toHaveText([`${path.basename(huge)} 超过了 ${IMPORT_FILE_MAX_MB} MB 的上限，请选择较小的文件。`]);
      await expect(importer.startButton).toBeDisabled();
    } finally {
      fs.rmSync(huge, { force: true });
    }
    expect(await app.backend.handlers.listDocuments({})).toEqual(before);
  });

  test('files dropped on the library open the dialog as a pair, a .tmx dropped on the reader as a bilingual file', async ({ library, reader, page }) => {
    const importer = new ImportPage(page);
    await library.open();
    await importer.drop(page.locator('.library'), 'release-pair/release.en.txt', 'release-pair/release.zh.txt');
    await expect(importer.dialog).toBeVisible();
    await expect(importer.dropOverlay).toHaveCount(0);
    await expect(importer.shape('pair')).toBeChecked();
    await expect(importer.chosenFiles).toHaveCount(2);
    await expect(importer.chosenFiles.nth(0).locator('select')).toHaveValue('en');
    await expect(importer.chosenFiles.nth(1).locator('select')).toHaveValue('zh');
    await importer.startButton.click();
    await expect(importer.sampleRows.first()).toContainText('关于加强县域医共体慢性病管理的通知');
    await page.keyboard.press('Escape');
    await expect(importer.dialog).toHaveCount(0);

    await library.openDocument('national-health-plan-14th-fyp-2022');
    await reader.waitForDocument('national-health-plan-14th-fyp-2022');
    await importer.drop(page.locator('.reader'), 'import/bilingual.tmx');
    await expect(importer.shape('bilingual')).toBeChecked();
    await expect(importer.chosenFiles).toHaveText([/bilingual\.tmx/]);
  });
});

test('an HTML page full of XSS vectors is imported as text: nothing runs, nothing of them reaches the reader', async ({ library, reader, page }) => {
  const importer = new ImportPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await library.open();
  await page.evaluate(() => {
    // A trap any script the page let run would spring: alert is not the only way out.
    (window as unknown as { xssRan: boolean }).xssRan = false;
    window.alert = () => ((window as unknown as { xssRan: boolean }).xssRan = true);
  });
  await importer.open();
  await importer.choose('single', 'import/xss.html');
  await importer.chosenFiles.locator('select').selectOption('en');
  await importer.startButton.click();
  await expect(importer.preview).toBeVisible();
  // An English document alone: only its English side has a provenance to tell.
  await expect(importer.field('The English text is')).toBeVisible();
  await expect(importer.field('The Chinese text is')).toHaveCount(0);
  await importer.field('Title in English').fill('Hostile page');
  await importer.commitButton.click();
  await expect(page).toHaveURL(/#\/doc\/my-/);
  const documentId = decodeURIComponent(page.url().split('#/doc/')[1]);
  await reader.waitForDocument(documentId);
  await expect(page.locator('.segment .cell-text').filter({ hasText: 'Visible heading' })).toHaveCount(1);
  await expect(page.locator('.segment .cell-text').filter({ hasText: 'Second visible words' })).toHaveCount(1);
  const found = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.segment')];
    const elements = rows.flatMap((row) => [...row.querySelectorAll('*')]);
    return {
      scripts: elements.filter((e) => e.tagName === 'SCRIPT').length,
      svgs: elements.filter((e) => e.tagName.toLowerCase() === 'svg' && e.closest('.cell-text')).length,
      handlers: elements.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      javascriptLinks: elements.filter((e) => (e.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:')).length,
      text: rows.map((row) => row.textContent).join(' '),
      ran: (window as unknown as { xssRan: boolean }).xssRan,
    };
  });
  expect(found).toMatchObject({ scripts: 0, svgs: 0, handlers: [], javascriptLinks: 0, ran: false });
  // The domain's own list of what must not survive (the split "<scr<script>ipt>" leaves visible text, as a browser shows it).
  for (const marker of ['javascript:', 'onerror', 'onload', 'onmouseover', 'expression(', 'srcdoc', '<script', '<svg', '<iframe', 'hidden', 'styled away', "alert('head", 'svg script', 'unclosed']) {
    expect(found.text).not.toContain(marker);
  }
  expect(dialogs).toEqual([]);
});

test('a running PDF import shows its pages and can be cancelled; nothing is stored', async ({ library, app, page, browser }) => {
  // A long PDF, printed by Chromium itself: long enough that its pages are still being read when Cancel is pressed.
  const printer = await browser.newPage();
  const paragraph = 'Each township health centre shall set up at least two family doctor teams made up of general practitioners, nurses and public health staff. ';
  await printer.setContent(`<html lang="en"><body>${Array.from({ length: 1500 }, (_, k) => `<p>${k + 1}. ${paragraph.repeat(2)}</p>`).join('')}</body></html>`);
  const long = path.join(os.tmpdir(), `duizhao-long-${process.pid}.pdf`);
  fs.writeFileSync(long, await printer.pdf({ format: 'A4' }));
  await printer.close();
  try {
    const importer = new ImportPage(page);
    const before = await app.backend.handlers.listDocuments({});
    await library.open();
    await importer.open();
    await importer.shape('single').check();
    await importer.fileInput.setInputFiles(long);
    await importer.chosenFiles.locator('select').selectOption('en');
    await importer.startButton.click();
    await expect(importer.dialog.locator('.import-progress[data-phase="parsing"]')).toBeVisible();
    await expect(importer.progressbar).toHaveAttribute('aria-valuenow', /^\d+$/);
    await expect(importer.dialog.locator('.import-count')).toHaveText(/^\d+ of \d+ pages$/);
    // The job itself is stopped (cancelImport, then the job says so), not only the dialog's view of it.
    const [cancel] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/api/cancelImport')), importer.cancelButton.click()]);
    const { jobId } = cancel.postDataJSON() as { jobId: string };
    await expect.poll(async () => (await app.backend.handlers.getImportJob({ jobId })).state).toBe('cancelled');
    await expect(importer.startButton).toBeVisible();
    await expect(importer.preview).toHaveCount(0);

    // Closing the dialog (Esc) while the job runs stops it too.
    await importer.startButton.click();
    await expect(importer.dialog.locator('.import-progress[data-phase="parsing"]')).toBeVisible();
    const [closed] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/api/cancelImport')), page.keyboard.press('Escape')]);
    await expect(importer.dialog).toHaveCount(0);
    const closedJob = (closed.postDataJSON() as { jobId: string }).jobId;
    await expect.poll(async () => (await app.backend.handlers.getImportJob({ jobId: closedJob })).state).toBe('cancelled');
    expect(await app.backend.handlers.listDocuments({})).toEqual(before);
  } finally {
    fs.rmSync(long, { force: true });
  }
});

test('an imported document: edit its details, import a new version, delete it with undo', async ({ library, app, page }) => {
  const importer = new ImportPage(page);
  const documentId = await importDirectly(app, [{ name: 'release-pair/release.zh.txt', side: 'zh' }, { name: 'release-pair/release.en.txt', side: 'en' }], 'County notice');
  const doc = await app.backend.handlers.getDocument({ documentId });
  const segment = doc.segments.find((s) => s.zh?.text.includes('家庭医生团队'))!;
  const start = segment.zh!.text.indexOf('家庭医生团队');
  await app.backend.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start, end: start + 6, exact: '家庭医生团队', colour: 'yellow', note: '', tags: [] });
  await library.open();
  await expect(importer.importedBadge(documentId)).toHaveText('Imported');

  await importer.editButton(documentId).click();
  await expect(importer.editDialog).toBeVisible();
  await importer.editDialog.getByLabel('Title in English').fill('');
  await importer.editDialog.locator('.edit-details-save').click();
  await expect(importer.editDialog.locator('.field-problem')).toHaveText(['Give a title in at least one language.']);
  await importer.editDialog.getByLabel('Title in English').fill('County notice, revised');
  await importer.editDialog.getByLabel('Document number (Chinese)').fill('县卫发〔2025〕3号');
  await importer.editDialog.locator('.edit-details-save').click();
  await expect(importer.editDialog).toHaveCount(0);
  await expect(importer.card(documentId).locator('.document-title')).toHaveText('County notice, revised');
  await expect(importer.card(documentId)).toContainText('县卫发〔2025〕3号');

  await importer.reimportButton(documentId).click();
  await expect(importer.dialog).toHaveAccessibleName('New version of “County notice, revised”');
  await expect(importer.shape('pair')).toHaveCount(0);
  await importer.fileInput.setInputFiles([path.join(FIXTURES, 'release-pair/release.zh.docx'), path.join(FIXTURES, 'release-pair/release.en.pdf')]);
  await importer.startButton.click();
  await expect(importer.preview).toBeVisible();
  await importer.commitButton.click();
  await expect(page).toHaveURL(new RegExp(`#/doc/${documentId}$`));
  const reimported = (await app.backend.handlers.listDocuments({})).find((d) => d.id === documentId)!;
  expect(reimported.imported).toMatchObject({ version: 2, files: [{ name: 'release.zh.docx' }, { name: 'release.en.pdf' }] });
  expect(reimported.title.en).toBe('County notice, revised');

  await library.open();
  await importer.deleteButton(documentId).click();
  await expect(importer.deleteDialog).toBeVisible();
  await expect(importer.deleteDialog.getByRole('radio', { name: /Keep them/ })).toBeChecked();
  await importer.deleteDialog.locator('.delete-confirm').click();
  await expect(importer.card(documentId)).toHaveCount(0);
  expect((await app.backend.handlers.listDocuments({})).some((d) => d.id === documentId)).toBe(false);
  await expect(importer.toast).toContainText('“County notice, revised” deleted');
  await importer.toast.getByRole('button', { name: 'Undo' }).click();
  await expect(importer.card(documentId)).toHaveCount(1);
  expect((await app.backend.handlers.listAnnotations({})).annotations).toHaveLength(1);

  await importer.deleteButton(documentId).click();
  await importer.deleteDialog.getByRole('radio', { name: /Delete them/ }).check();
  await importer.deleteDialog.locator('.delete-confirm').click();
  await expect(importer.card(documentId)).toHaveCount(0);
  expect((await app.backend.handlers.listAnnotations({})).annotations).toHaveLength(0);
});

test('the open import dialog, with its preview and details form, has no serious accessibility violations; Esc closes it', async ({ library, page }) => {
  const importer = new ImportPage(page);
  await library.open();
  await importer.open();
  await expect(importer.shape('pair')).toBeFocused();
  await importer.choose('pair', 'release-pair/release.zh.txt', 'release-pair/release.en.txt');
  await importer.startButton.click();
  await expect(importer.preview).toBeVisible();
  expect(await seriousViolations(page, 'dialog.import-dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(importer.dialog).toHaveCount(0);
  await expect(importer.openButton).toBeFocused();

  // The command palette opens it too, from any screen, as the File menu does in the desktop app (the route #/?import=1).
  await page.evaluate(() => (window.location.hash = '#/annotations'));
  await new CommandsPage(page).run('Import documents');
  await expect(importer.dialog).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  await expect(importer.shape('pair')).toBeFocused();
});
