import type { Locator, Page } from '@playwright/test';
import type { TmxLevel } from '../../../contract/alignment';

/** The reader's "Export TMX" menu; selectors live here only. */
export class TmxExportMenu {
  constructor(readonly page: Page) {}

  get menu(): Locator {
    return this.page.locator('.tmx-export-menu');
  }

  get summary(): Locator {
    return this.menu.locator('summary');
  }

  get panel(): Locator {
    return this.menu.locator('.tmx-export-panel');
  }

  choice(level: TmxLevel): Locator {
    return this.menu.locator(`button[data-tmx-level="${level}"]`);
  }

  get error(): Locator {
    return this.page.locator('.tmx-export .error-message');
  }
}
