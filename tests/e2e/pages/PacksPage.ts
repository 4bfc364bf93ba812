import type { Locator, Page } from '@playwright/test';

/** The briefing packs list and one pack; selectors live here only. */
export class PacksPage {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/packs'));
    await this.page.locator('.packs').waitFor();
  }

  async openPack(packId: string): Promise<void> {
    await this.page.evaluate((hash) => (window.location.hash = hash), `#/packs/${packId}`);
    await this.waitForPack();
  }

  async waitForPack(): Promise<void> {
    await this.page.locator('.pack .pack-header').waitFor();
  }

  get navLink(): Locator {
    return this.page.locator('.top-nav a[href="#/packs"]');
  }

  get newButton(): Locator {
    return this.page.locator('.packs-header .button');
  }

  get newForm(): Locator {
    return this.page.locator('.new-pack-form');
  }

  /** Fills the new pack form's fields by their order: title, occasion, date. */
  async create(title: string, occasion = '', date = ''): Promise<void> {
    const inputs = this.newForm.locator('input');
    await inputs.nth(0).fill(title);
    await inputs.nth(1).fill(occasion);
    if (date) await inputs.nth(2).fill(date);
    await this.newForm.locator('button[type="submit"]').click();
  }

  get fieldError(): Locator {
    return this.page.locator('.field-error');
  }

  get summaries(): Locator {
    return this.page.locator('.pack-summary');
  }

  summary(title: string): Locator {
    return this.summaries.filter({ has: this.page.locator('.pack-summary-title', { hasText: title }) });
  }

  summaryAction(title: string, which: 'duplicate' | 'delete'): Locator {
    return this.summary(title).locator('.pack-summary-actions .button').nth(which === 'duplicate' ? 0 : 1);
  }

  get undoButton(): Locator {
    return this.page.locator('.toast .button').first();
  }

  get titleField(): Locator {
    return this.page.locator('.pack-title input');
  }

  get occasionField(): Locator {
    return this.page.locator('.pack-occasion input');
  }

  get sections(): Locator {
    return this.page.locator('.pack-section');
  }

  sectionTitle(index: number): Locator {
    return this.sections.nth(index).locator('.pack-section-title input');
  }

  get addSectionButton(): Locator {
    return this.page.locator('.pack-add-section');
  }

  addPointButton(section: number): Locator {
    return this.sections.nth(section).locator('.pack-section-end .button').nth(0);
  }

  addQuestionButton(section: number): Locator {
    return this.sections.nth(section).locator('.pack-section-end .button').nth(1);
  }

  items(section?: number): Locator {
    return (section === undefined ? this.page : this.sections.nth(section)).locator('.pack-item');
  }

  /** Each item of a section as a person reads it: a card's number and quote, a point's or a question's text. */
  async itemTexts(section: number): Promise<string[]> {
    return this.items(section).evaluateAll((items) =>
      items.map((item) => {
        const kind = (item as HTMLElement).dataset.kind;
        if (kind === 'quote') return `card:${item.querySelector('.cited-quote blockquote')?.textContent?.slice(0, 12)}`;
        return `${kind}:${(item.querySelector('textarea') as HTMLTextAreaElement | null)?.value ?? ''}`;
      }),
    );
  }

  pointField(item: Locator): Locator {
    return item.locator('.talking-point textarea');
  }

  questionField(item: Locator): Locator {
    return item.locator('.question-answer textarea').nth(0);
  }

  answerField(item: Locator): Locator {
    return item.locator('.question-answer textarea').nth(1);
  }

  citeChooser(item: Locator): Locator {
    return item.locator('.qa-cite-chooser');
  }

  citeOption(item: Locator, number: number): Locator {
    return item.locator('.qa-cite-option').nth(number - 1).locator('input');
  }

  citeChips(item: Locator): Locator {
    return item.locator('.cite-chip');
  }

  handle(item: Locator): Locator {
    return item.locator('.grab-handle').first();
  }

  sectionHandle(section: number): Locator {
    return this.sections.nth(section).locator('.pack-section-header .grab-handle');
  }

  get reorderStatus(): Locator {
    return this.page.locator('[data-reorder-status]');
  }

  deleteItemButton(item: Locator): Locator {
    return item.locator('.pack-item-delete');
  }

  get cards(): Locator {
    return this.page.locator('.pack-item[data-kind="quote"]');
  }

  card(number: number): Locator {
    return this.cards.nth(number - 1);
  }

  badge(card: Locator): Locator {
    return card.locator('.check-badge');
  }

  get checkSummary(): Locator {
    return this.page.locator('.check-summary');
  }

  compare(card: Locator): Locator {
    return card.locator('.check-compare');
  }

  useTodayButton(card: Locator): Locator {
    return card.locator('.card-check-actions .button').first();
  }

  copyCitationButton(card: Locator): Locator {
    return card.locator('.quote-card-actions button');
  }

  openInReaderLink(card: Locator): Locator {
    return card.locator('.quote-card-actions a');
  }

  get exportButton(): Locator {
    return this.page.locator('.pack-export');
  }

  get exportDialog(): Locator {
    return this.page.locator('.export-pack-dialog');
  }

  exportFormat(format: 'docx' | 'pdf' | 'markdown'): Locator {
    return this.exportDialog.locator(`input[type="radio"][value="${format}"]`);
  }

  get exportFlagged(): Locator {
    return this.exportDialog.locator('.export-flagged');
  }

  get exportConfirm(): Locator {
    return this.exportDialog.locator('.export-confirm input');
  }

  get exportRun(): Locator {
    return this.exportDialog.locator('button[type="submit"]');
  }
}
