import type { Locator, Page } from '@playwright/test';
import type { UiLanguage } from '../../../contract/languages';
import type { BrowserHost } from '../../../main/host/browserHost';

/** The library screen and the top bar; selectors live here only. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    private readonly host: BrowserHost,
  ) {}

  /** Opens the app with this launch's token and waits for its start-up signal. */
  async open(): Promise<void> {
    await this.page.goto(this.host.launchUrl);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await this.page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached' });
    await this.page.locator('.library[data-ready="true"]').waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get cards(): Locator {
    return this.page.locator('.document-card');
  }

  card(documentId: string): Locator {
    return this.page.locator(`.document-card[data-document-id="${documentId}"]`);
  }

  async openDocument(documentId: string): Promise<void> {
    await this.card(documentId).locator('.document-link').click();
  }

  get languageSelect(): Locator {
    return this.page.locator('.language-switcher select');
  }

  async chooseLanguage(language: UiLanguage | 'system'): Promise<void> {
    await this.languageSelect.selectOption(language);
  }
}
