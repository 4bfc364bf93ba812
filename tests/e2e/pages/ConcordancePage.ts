import type { Locator, Page } from '@playwright/test';

/** The terminology workbench's concordance tab; selectors live here only. */
export class ConcordancePage {
  constructor(readonly page: Page) {}

  /** Goes to the tab through its address, as the top bar's link and the tabs do. */
  async open(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/terms/concordance'));
    await this.panel.waitFor();
  }

  get panel(): Locator {
    return this.page.locator('.terms-panel[data-panel="concordance"]');
  }

  get queryBox(): Locator {
    return this.panel.locator('.concordance-query input');
  }

  /** Types a query as a person does and waits until the lines shown are those of all of it. */
  async type(query: string): Promise<void> {
    await this.queryBox.fill('');
    await this.queryBox.pressSequentially(query, { delay: 20 });
    await this.settled(query);
  }

  async settled(query: string): Promise<void> {
    await this.page.locator(`.concordance[data-ready="true"][data-results-for="${query.replace(/["\\]/g, '\\$&')}"]`).waitFor();
  }

  get total(): Locator {
    return this.panel.locator('.concordance-total');
  }

  get emptyState(): Locator {
    return this.panel.locator('.concordance-empty');
  }

  get groups(): Locator {
    return this.panel.locator('.rendering-group');
  }

  group(label: string): Locator {
    return this.panel.locator(`.rendering-group[data-rendering="${label}"]`);
  }

  get allRenderings(): Locator {
    return this.panel.locator('.rendering-groups-all');
  }

  /** Each group's count, read from the page ("· 3"). */
  async groupCounts(): Promise<number[]> {
    const texts = await this.panel.locator('.rendering-count').allTextContents();
    return texts.map((text) => Number(/\d+/.exec(text)?.[0] ?? NaN));
  }

  get lines(): Locator {
    return this.panel.locator('.kwic-line');
  }

  /** The segment ids of the lines, in the order shown. */
  async lineOrder(): Promise<string[]> {
    return this.lines.evaluateAll((lines) => lines.map((line) => line.getAttribute('data-segment-id') ?? ''));
  }

  lineLink(line: Locator): Locator {
    return line.locator('.kwic-row');
  }

  keyword(line: Locator): Locator {
    return line.locator('.kwic-keyword');
  }

  counterpartMarks(line: Locator): Locator {
    return line.locator('.kwic-counterpart mark');
  }

  get sort(): Locator {
    return this.panel.locator('select[data-control="sort"]');
  }

  get origin(): Locator {
    return this.panel.locator('select[data-control="origin"]');
  }

  get showMore(): Locator {
    return this.panel.locator('.concordance-more');
  }

  exportButton(format: 'csv' | 'markdown'): Locator {
    return this.panel.locator(`.concordance-export [data-export="${format}"]`);
  }
}
