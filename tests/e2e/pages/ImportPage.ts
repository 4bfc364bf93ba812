import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ImportShape } from '../../../contract/imports';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

/** The import dialog, the drop overlay and the library's actions on imported documents; selectors live here only. */
export class ImportPage {
  constructor(readonly page: Page) {}

  get openButton(): Locator {
    return this.page.locator('.library-import');
  }

  get dialog(): Locator {
    return this.page.locator('dialog.import-dialog');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.dialog.waitFor();
  }

  shape(shape: ImportShape): Locator {
    return this.dialog.locator(`.import-shape input[value="${shape}"]`);
  }

  get fileInput(): Locator {
    return this.dialog.locator('.import-file-input');
  }

  get chosenFiles(): Locator {
    return this.dialog.locator('.import-chosen li');
  }

  /** Chooses the shape and the files (paths under tests/fixtures), as the file chooser would. */
  async choose(shape: ImportShape, ...fixtures: string[]): Promise<void> {
    await this.shape(shape).check();
    await this.fileInput.setInputFiles(fixtures.map((f) => path.join(FIXTURES, f)));
  }

  get startButton(): Locator {
    return this.dialog.locator('.import-start');
  }

  get progressbar(): Locator {
    return this.dialog.getByRole('progressbar');
  }

  get cancelButton(): Locator {
    return this.dialog.locator('.import-cancel');
  }

  get preview(): Locator {
    return this.dialog.locator('.document-preview');
  }

  get previewFiles(): Locator {
    return this.dialog.locator('.document-preview-file');
  }

  get sampleRows(): Locator {
    return this.dialog.locator('.import-sample tbody tr');
  }

  get error(): Locator {
    return this.dialog.locator('.error-message');
  }

  field(label: string | RegExp): Locator {
    return this.dialog.getByLabel(label, { exact: typeof label === 'string' });
  }

  get fieldProblems(): Locator {
    return this.dialog.locator('.field-problem');
  }

  get commitButton(): Locator {
    return this.dialog.locator('.import-commit');
  }

  /** Drops files on the page as a person dragging them from a file manager does: enter, over, drop, with a DataTransfer built in the page. */
  async drop(target: Locator, ...fixtures: string[]): Promise<void> {
    const files = fixtures.map((f) => ({ name: path.basename(f), data: fs.readFileSync(path.join(FIXTURES, f)).toString('base64') }));
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const { name, data: base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], name));
      }
      return data;
    }, files);
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropOverlay.waitFor();
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  get dropOverlay(): Locator {
    return this.page.locator('.drop-overlay');
  }

  card(documentId: string): Locator {
    return this.page.locator(`.document-card[data-document-id="${documentId}"]`);
  }

  importedBadge(documentId: string): Locator {
    return this.card(documentId).locator('.imported-badge');
  }

  editButton(documentId: string): Locator {
    return this.card(documentId).locator('.document-edit');
  }

  reimportButton(documentId: string): Locator {
    return this.card(documentId).locator('.document-reimport');
  }

  deleteButton(documentId: string): Locator {
    return this.card(documentId).locator('.document-delete');
  }

  get editDialog(): Locator {
    return this.page.locator('dialog.edit-details-dialog');
  }

  get deleteDialog(): Locator {
    return this.page.locator('dialog.delete-document-dialog');
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }
}
