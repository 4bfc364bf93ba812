import type { Locator, Page } from '@playwright/test';

/** The search box, results and filters; selectors live here only. */
export class SearchPage {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.locator('#global-search');
  }

  /** Ctrl+K from anywhere, then type as a person does. */
  /** Types a query into the search box (Ctrl+K) and waits until the results shown are the ones for all of it. */
  async type(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.page.keyboard.type(query, { delay: 20 });
    await this.page.locator(`.search-view[data-results-for="${query.replace(/["\\]/g, '\\$&')}"]`).waitFor();
  }

  get count(): Locator {
    return this.page.locator('.search-count');
  }

  get hits(): Locator {
    return this.page.locator('.search-hit');
  }

  get groups(): Locator {
    return this.page.locator('.search-group');
  }

  get emptyState(): Locator {
    return this.page.locator('.search-results .empty-state');
  }

  filter(label: string): Locator {
    return this.page.locator('.search-filters label', { hasText: label });
  }

  /** Settled: the results (or the empty state) of the search in the address are shown. */
  get view(): Locator {
    return this.page.locator('.search-view[data-ready="true"]');
  }

  get filtersPanel(): Locator {
    return this.page.locator('.search-filters');
  }

  /** Below 1024 px, the button the filters fold behind. */
  get filtersToggle(): Locator {
    return this.page.locator('.search-filters-toggle');
  }

  /** "Showing results for …" after a typo was corrected. */
  get fallbackNotice(): Locator {
    return this.page.locator('.search-fallback');
  }

  get searchedFor(): Locator {
    return this.fallbackNotice.locator('strong');
  }

  get searchInstead(): Locator {
    return this.fallbackNotice.locator('.search-fallback-exact');
  }

  hitLink(segmentId: string): Locator {
    return this.page.locator(`.search-hit[data-segment-id="${segmentId}"] a`);
  }

  /** How many of the hits shown carry no highlight at all. */
  async hitsWithoutHighlight(): Promise<number> {
    return this.hits.evaluateAll((hits) => hits.filter((hit) => hit.querySelector('mark') === null).length);
  }

  /** In the reader opened from a hit: the top bar's way back to the results. */
  get backToResults(): Locator {
    return this.page.locator('.top-bar .back-to-results');
  }
}
