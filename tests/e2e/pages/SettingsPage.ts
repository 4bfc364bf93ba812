import type { Locator, Page } from '@playwright/test';

/** The Settings screen: theme and backups; selectors live here only. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('.top-nav a[href="#/settings"]').click();
    await this.page.locator('.settings-view').waitFor();
  }

  get fileSection(): Locator {
    return this.page.locator('section[aria-labelledby="backup-file-heading"]');
  }

  get backUpToFileButton(): Locator {
    return this.fileSection.locator('button').nth(0);
  }

  get restoreFileInput(): Locator {
    return this.page.getByTestId('restore-file');
  }

  get fileStatus(): Locator {
    return this.fileSection.getByRole('status');
  }

  get fileError(): Locator {
    return this.fileSection.locator('.error-message');
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }

  /** The label of one theme choice: its radio button is hidden under the label, as in the reader's toolbar. */
  themeChoice(theme: 'system' | 'light' | 'dark'): Locator {
    return this.page.locator('.theme-choice label', { has: this.page.locator(`input[value="${theme}"]`) });
  }

  /** The label of one choice of the script Chinese text is shown in. */
  chineseScriptChoice(script: 'simplified' | 'traditional'): Locator {
    return this.page.locator('.chinese-script-choice label', { has: this.page.locator(`input[value="${script}"]`) });
  }

  get secondFolderInput(): Locator {
    return this.page.locator('input.settings-path');
  }
}
