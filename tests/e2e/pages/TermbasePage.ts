import type { Locator, Page } from '@playwright/test';
import type { TextLanguage } from '../../../contract/languages';

/** The terminology workbench's termbase tab: the concept list, the concept editor, the file actions; selectors live here only. */
export class TermbasePage {
  constructor(readonly page: Page) {}

  /** From the top bar, as a user goes there. */
  async open(): Promise<void> {
    await this.page.locator('.top-nav a[href="#/terms/termbase"]').click();
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await this.page.locator('.termbase[data-ready="true"]').waitFor();
  }

  async goTo(hash: string): Promise<void> {
    await this.page.evaluate((h) => (window.location.hash = h), hash);
    await this.waitUntilReady();
  }

  get newConceptButton(): Locator {
    return this.page.locator('.termbase-new');
  }

  /* ---- The list ---- */
  get filterField(): Locator {
    return this.page.locator('.concept-filter-text input');
  }

  /** The status, domain and origin filters, in that order. */
  filterSelect(index: 0 | 1 | 2): Locator {
    return this.page.locator('.concept-filters select').nth(index);
  }

  get count(): Locator {
    return this.page.locator('.concept-count');
  }

  get rows(): Locator {
    return this.page.locator('.concept-row');
  }

  row(conceptId: string): Locator {
    return this.page.locator(`.concept-row[data-concept-id="${conceptId}"]`);
  }

  rowWith(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /* ---- The editor ---- */
  get editor(): Locator {
    return this.page.locator('.concept-editor');
  }

  get editorHeading(): Locator {
    return this.editor.locator('h2');
  }

  get changedLine(): Locator {
    return this.editor.locator('.concept-changed');
  }

  get conceptNote(): Locator {
    return this.editor.locator('.concept-note textarea');
  }

  terms(language: TextLanguage): Locator {
    return this.editor.locator(`.term-group[data-language="${language}"] .term-row`);
  }

  termText(language: TextLanguage, index: number): Locator {
    return this.terms(language).nth(index).locator('.term-text input');
  }

  termStatus(language: TextLanguage, index: number): Locator {
    return this.terms(language).nth(index).locator('.term-row-main select').first();
  }

  termProblem(language: TextLanguage, index: number): Locator {
    return this.terms(language).nth(index).locator('.term-problem');
  }

  termSources(language: TextLanguage, index: number): Locator {
    return this.terms(language).nth(index).locator('.term-source');
  }

  addTerm(language: TextLanguage): Locator {
    return this.editor.locator(`.term-group[data-language="${language}"] .term-add`);
  }

  get saveButton(): Locator {
    return this.editor.locator('.concept-actions .button-primary');
  }

  get deleteButton(): Locator {
    return this.editor.locator('.concept-delete');
  }

  get problems(): Locator {
    return this.editor.locator('.concept-problems');
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  get undoButton(): Locator {
    return this.toast.locator('.button').first();
  }

  /* ---- Files ---- */
  exportButton(format: 'tbx' | 'csv'): Locator {
    return this.page.locator(`.termbase-file-actions [data-export="${format}"]`);
  }

  get importInput(): Locator {
    return this.page.getByTestId('termbase-import-file');
  }

  get importPreview(): Locator {
    return this.page.locator('.termbase-import-preview');
  }

  previewCount(kind: 'added' | 'replaced' | 'unchanged'): Locator {
    return this.importPreview.locator(`[data-count="${kind}"]`);
  }

  get replacedList(): Locator {
    return this.importPreview.locator('.termbase-import-replaced li');
  }

  get importConfirm(): Locator {
    return this.importPreview.locator('.button-primary');
  }

  get importCancel(): Locator {
    return this.importPreview.locator('.termbase-import-actions .button').nth(1);
  }

  get importReport(): Locator {
    return this.page.locator('.termbase-import-report');
  }

  get refusedFile(): Locator {
    return this.page.locator('.termbase-refused');
  }

  get fileError(): Locator {
    return this.page.locator('.termbase-files .error-message');
  }
}
