import type { Locator, Page } from '@playwright/test';

/** The side-by-side reader; selectors live here only. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  async waitForDocument(documentId: string): Promise<void> {
    await this.page.locator(`body[data-reader-ready="${documentId}"]`).waitFor({ state: 'attached' });
  }

  /**
   * Scrolls a row to the top of the reader, twice: rows above it rendered
   * lazily (content-visibility) take their real heights once in view and
   * push it down, so the second scroll lands where the first aimed.
   */
  async scrollRowToTop(segmentId: string): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await this.row(segmentId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await this.page.waitForTimeout(150);
    }
  }

  get rows(): Locator {
    return this.page.locator('.segment[data-segment-id]');
  }

  row(segmentId: string): Locator {
    return this.page.locator(`.segment[data-segment-id="${segmentId}"]`);
  }

  cell(row: Locator, side: 'zh' | 'en'): Locator {
    return row.locator(`.cell[data-side="${side}"]`);
  }

  cellText(row: Locator, side: 'zh' | 'en'): Locator {
    return this.cell(row, side).locator('.cell-text');
  }

  /** The find bar's marks of search hits in a scope. */
  hitMarks(scope: Locator): Locator {
    return scope.locator('mark');
  }

  get documentTitle(): Locator {
    return this.page.locator('#document-title');
  }

  /** The title in the other language, under the one in the interface's. */
  get documentSubtitle(): Locator {
    return this.page.locator('.document-header .document-subtitle');
  }

  /** The toolbar's 简 / 繁 choice of the script Chinese text is shown in: its radio is hidden under the label. */
  scriptChoice(script: 'simplified' | 'traditional'): Locator {
    return this.page.locator('.chinese-script-toggle label', { has: this.page.locator(`input[value="${script}"]`) });
  }

  scriptRadio(script: 'simplified' | 'traditional'): Locator {
    return this.page.locator(`.chinese-script-toggle input[value="${script}"]`);
  }

  get columnHeaders(): Locator {
    return this.page.locator('.column-header');
  }

  get outlineLinks(): Locator {
    return this.page.locator('.outline a');
  }

  viewMode(name: string): Locator {
    return this.page.locator('.segmented label', { hasText: name });
  }

  get swapButton(): Locator {
    return this.page.locator('.reader-toolbar button[aria-pressed]');
  }

  get largerText(): Locator {
    return this.page.locator('.font-size button').last();
  }

  get fontSizeValue(): Locator {
    return this.page.locator('.font-size-value');
  }

  /** One sentence of one side; `sentenceId` is `<segmentId>.s<n>`. */
  sentence(side: 'zh' | 'en', sentenceId: string): Locator {
    return this.page.locator(`.sentence[data-sentence="${side}|${sentenceId}"]`);
  }

  /** The sentences lit up as a pair (hovered, focused or pinned). */
  get pairedSentences(): Locator {
    return this.page.locator('.sentence[data-pair]');
  }

  /** The sentence that is the text's one tab stop. */
  get sentenceTabStop(): Locator {
    return this.page.locator('.sentence[tabindex="0"]');
  }

  /** What the screen reader is told about the focused sentence. */
  get sentenceStatus(): Locator {
    return this.page.locator('[data-sentence-status]');
  }

  get linksToCheckToggle(): Locator {
    return this.page.locator('.links-to-check-toggle');
  }

  get linksToCheckPanel(): Locator {
    return this.page.locator('.reader-links-to-check');
  }

  /** Top edges of each visible cell of a row, to check the two sides stay level. */
  async cellTops(row: Locator): Promise<number[]> {
    return row.locator('.cell').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
  }
}
