import type { Locator, Page } from '@playwright/test';

/** The terminology workbench's consistency audit tab; selectors live here only. */
export class AuditPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/terms/audit'));
    await this.panel.waitFor();
  }

  get panel(): Locator {
    return this.page.locator('.terms-panel[data-panel="audit"]');
  }

  get documentSelect(): Locator {
    return this.panel.locator('select[data-control="document"]');
  }

  get runButton(): Locator {
    return this.panel.locator('.audit-run');
  }

  /** Runs the audit and waits for its report. */
  async run(): Promise<void> {
    await this.runButton.click();
    await this.page.locator('.terms-panel[data-panel="audit"][data-state="done"]').waitFor();
  }

  get summary(): Locator {
    return this.panel.locator('.audit-summary');
  }

  get findings(): Locator {
    return this.panel.locator('.audit-finding');
  }

  finding(id: string): Locator {
    return this.panel.locator(`.audit-finding[data-finding-id="${id}"]`);
  }

  findingsOfKind(kind: string): Locator {
    return this.panel.locator(`.audit-finding[data-kind="${kind}"]`);
  }

  placeLinks(finding: Locator): Locator {
    return finding.locator('.audit-place-link');
  }

  acceptButton(finding: Locator): Locator {
    return finding.locator('[data-action="accept"]');
  }

  noteBox(finding: Locator): Locator {
    return finding.locator('.audit-mark-form textarea');
  }

  saveMarkButton(finding: Locator): Locator {
    return finding.locator('[data-action="save-mark"]');
  }

  removeMarkButton(finding: Locator): Locator {
    return finding.locator('[data-action="unmark"]');
  }

  acceptedMark(finding: Locator): Locator {
    return finding.locator('.audit-accepted');
  }

  get hideAccepted(): Locator {
    return this.panel.locator('[data-control="hide-accepted"]');
  }

  exportButton(format: 'csv' | 'markdown'): Locator {
    return this.panel.locator(`.audit-export [data-export="${format}"]`);
  }
}

/** The term candidates tab. */
export class CandidatesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/terms/candidates'));
    await this.panel.waitFor();
  }

  get panel(): Locator {
    return this.page.locator('.terms-panel[data-panel="candidates"]');
  }

  get busy(): Locator {
    return this.panel.locator('.candidates-busy');
  }

  get rows(): Locator {
    return this.panel.locator('tr.candidate');
  }

  evidenceButton(row: Locator): Locator {
    return row.locator('[data-action="evidence"]');
  }

  addButton(row: Locator): Locator {
    return row.locator('[data-action="add"]');
  }

  get evidence(): Locator {
    return this.panel.locator('.candidate-evidence');
  }
}
