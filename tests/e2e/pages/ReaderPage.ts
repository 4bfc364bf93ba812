import type { Locator, Page } from '@playwright/test';

/** The side-by-side reader; selectors live here only. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  async waitForDocument(documentId: string): Promise<void> {
    await this.page.locator(`body[data-reader-ready="${documentId}"]`).waitFor({ state: 'attached' });
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

  /** Top edges of each visible cell of a row, to check the two sides stay level. */
  async cellTops(row: Locator): Promise<number[]> {
    return row.locator('.cell').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
  }
}
