import type { Locator, Page } from '@playwright/test';
import type { AlignmentExportFormat, AlignmentLevel } from '../../../contract/alignment';

/** The reader's "Export alignment" menu; selectors live here only. */
export class AlignmentExportMenu {
  constructor(readonly page: Page) {}

  get menu(): Locator {
    return this.page.locator('.alignment-export-menu');
  }

  get summary(): Locator {
    return this.menu.locator('summary');
  }

  get panel(): Locator {
    return this.menu.locator('.alignment-export-panel');
  }

  level(level: AlignmentLevel): Locator {
    return this.panel.locator(`input[type="radio"][value="${level}"]`);
  }

  get markLowConfidence(): Locator {
    return this.panel.locator('.alignment-export-mark input');
  }

  format(format: AlignmentExportFormat): Locator {
    return this.panel.locator(`button[data-format="${format}"]`);
  }

  get error(): Locator {
    return this.page.locator('.alignment-export .error-message');
  }
}
