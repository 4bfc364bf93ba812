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

  /**
   * Clicks where the control is on the screen, as a mouse does. Playwright's own click first scrolls its target
   * "into view", and for a control in the sticky toolbar Chromium takes that to mean scrolling the page up to where
   * the toolbar would sit unstuck: a scroll no person makes.
   */
  async clickInPlace(control: Locator): Promise<void> {
    const box = await control.boundingBox();
    if (!box) throw new Error('the control is not on the screen');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  get outlineToggle(): Locator {
    return this.page.locator('.outline-toggle');
  }

  get outline(): Locator {
    return this.page.locator('nav.outline');
  }

  /** The heading the outline marks as the section being read. */
  get currentSection(): Locator {
    return this.page.locator('.outline a[aria-current]');
  }

  get smallerText(): Locator {
    return this.page.locator('.font-size button').first();
  }

  get annotationsToggle(): Locator {
    return this.page.locator('.annotations-toggle');
  }

  /** Scrolls so that the row starts exactly at the top of the text, just below the sticky headers. */
  async alignRowWithTextTop(segmentId: string): Promise<void> {
    await this.scrollRowToTop(segmentId);
    await this.row(segmentId).evaluate((row) => {
      const top = Math.max(0, ...['.top-bar', '.reader-chrome', '.column-headers'].map((s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0));
      window.scrollBy({ top: row.getBoundingClientRect().top - top, behavior: 'instant' });
    });
    await this.page.waitForTimeout(100);
  }

  /**
   * The row at the top of the text as a person sees it, and how far below the sticky headers it starts: the first
   * row whose bottom is below the lowest of the top bar, the toolbar and the column headers.
   */
  async topRow(): Promise<{ id: string; offset: number }> {
    return this.page.evaluate(() => {
      const top = Math.max(0, ...['.top-bar', '.reader-chrome', '.column-headers'].map((s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0));
      for (const row of document.querySelectorAll<HTMLElement>('.segment[data-segment-id]')) {
        const rect = row.getBoundingClientRect();
        if (rect.bottom > top + 1) return { id: row.dataset.segmentId!, offset: Math.round(rect.top - top) };
      }
      throw new Error('no row below the headers');
    });
  }
}
