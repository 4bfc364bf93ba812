import type { Locator, Page } from '@playwright/test';

/** The search box, results and filters; selectors live here only. */
export class SearchPage {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.locator('#global-search');
  }

  /** Ctrl+K from anywhere, then type as a person does. */
  async type(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.page.keyboard.type(query, { delay: 20 });
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
}
