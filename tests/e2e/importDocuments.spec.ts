import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { closeApp, expect, launchApp, restartApp, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { ImportPage } from './pages/ImportPage';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';

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
  test(`a Chinese .docx and an English .pdf imported through the dialog: aligned, searchable, annotatable, there after a restart (${language})`, async ({ page }) => {
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

      app = await restartApp(app, language);
      const again = new LibraryPage(page, app.host);
      await again.open();
      await expect(importer.importedBadge(documentId)).toHaveText(language === 'en' ? 'Imported' : '已导入');
      await expect(importer.card(documentId)).toContainText(language === 'en' ? 'English: your draft translation' : '英文：我的译文草稿');
      await again.openDocument(documentId);
      await reader.waitForDocument(documentId);
      await expect(annotate.highlights(reader.cell(reader.rows.filter({ hasText: '家庭医生团队' }), 'zh'))).toHaveText('家庭医生团队');
    } finally {
      await closeApp(app);
    }
  });
}
