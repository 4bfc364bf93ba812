import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Backend } from '../../main/domain/backend';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

const PLAN = 'national-health-plan-14th-fyp-2022';

async function annotate(backend: Backend, word: string) {
  const doc = await backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.en?.text.includes(word))!;
  const start = segment.en!.text.indexOf(word);
  await backend.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start, end: start + word.length, exact: word, colour: 'green' });
}

const annotationCount = async (backend: Backend) => (await backend.handlers.listAnnotations({})).annotations.length;

test.describe('Backups that leave the machine (browser host)', () => {
  test('backs up to a downloaded file, then restores from it after a confirmation that says what it holds', async ({ library, app, page }) => {
    const settings = new SettingsPage(page);
    await annotate(app.backend, 'health');
    await library.open();
    await settings.open();

    const [download] = await Promise.all([page.waitForEvent('download'), settings.backUpToFileButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^duizhao-backup-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-stick-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await expect(settings.fileStatus).toContainText('1 annotation');

    await annotate(app.backend, 'plan');
    expect(await annotationCount(app.backend)).toBe(2);

    await settings.restoreFileInput.setInputFiles(saved);
    await expect(settings.confirmDialog).toContainText(`${download.suggestedFilename()} holds 1 annotation`);
    await settings.confirmDialog.getByRole('button', { name: 'Restore' }).click();
    // The page starts again on the restored data and says what was restored.
    await expect(settings.fileStatus).toContainText(`Restored from ${download.suggestedFilename()}: 1 annotation`);
    expect(await annotationCount(app.backend)).toBe(1);
    expect((await app.backend.handlers.listBackups({})).map((b) => b.reason)).toContain('before-restore');
  });

  test('refuses a file that is not a Duizhao backup, in the interface language, changing nothing', async ({ library, app, page }) => {
    const settings = new SettingsPage(page);
    await annotate(app.backend, 'health');
    await library.open();
    await library.chooseLanguage('zh-CN');
    await settings.open();
    await settings.restoreFileInput.setInputFiles({ name: 'notes.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database') });
    await expect(settings.fileError).toContainText('该备份已损坏');
    await expect(settings.confirmDialog).toHaveCount(0);
    expect(await annotationCount(app.backend)).toBe(1);
    expect(await app.backend.handlers.listBackups({})).toEqual([]);
  });

  test('sets a second backup folder, which then gets a copy of each backup', async ({ library, page }) => {
    const settings = new SettingsPage(page);
    const second = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-second-'));
    await library.open();
    await settings.open();
    await settings.secondFolderInput.fill(second);
    await settings.secondFolderInput.press('Enter');
    await expect(page.getByText('The next backup will be copied there.')).toBeVisible();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.locator('.backups-table tbody tr')).toHaveCount(1);
    await expect.poll(() => fs.readdirSync(second).filter((n) => n.endsWith('.sqlite')).length).toBe(1);
    await page.reload();
    await expect(page.getByText(/Last copied there/)).toBeVisible();
  });
});
