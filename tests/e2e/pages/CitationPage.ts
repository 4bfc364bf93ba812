import type { BrowserContext, Locator, Page } from '@playwright/test';

/** "Copy as citation" in the reader and the citation style in Settings; selectors live here only. */
export class CitationPage {
  constructor(readonly page: Page) {}

  /** Lets the page write and read the clipboard (the test reads what a paste would get). */
  static async allowClipboard(context: BrowserContext, origin: string): Promise<void> {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }

  get copyButton(): Locator {
    return this.page.locator('.selection-toolbar .copy-citation');
  }

  get copyMarkdownButton(): Locator {
    return this.page.locator('.selection-toolbar .copy-citation-markdown');
  }

  /** The paragraph's own "Copy paragraph N as citation" control, beside its copy-link one. */
  paragraphButton(row: Locator): Locator {
    return row.locator('.copy-paragraph-citation');
  }

  get status(): Locator {
    return this.page.locator('[data-citation-status]');
  }

  /** What is on the clipboard, as a paste would find it: the plain text and, when there is one, the HTML. */
  async readClipboard(): Promise<{ text: string; html: string | null }> {
    // Chromium refuses a read that meets a write still in progress ("Clipboard data has changed"): read again.
    return this.page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const [item] = await navigator.clipboard.read();
          const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
          return { text: (await read('text/plain')) ?? '', html: await read('text/html') };
        } catch (error) {
          if (attempt >= 20 || !(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    });
  }

  /** Puts something else on the clipboard, so a test sees that the next copy wrote it. */
  async clearClipboard(): Promise<void> {
    await this.page.evaluate(() => navigator.clipboard.writeText('-'));
  }

  styleChoice(style: 'auto' | 'zh-gbt' | 'en-chicago'): Locator {
    return this.page.locator('.citation-style-choice label', { has: this.page.locator(`input[value="${style}"]`) });
  }

  styleRadio(style: 'auto' | 'zh-gbt' | 'en-chicago'): Locator {
    return this.page.locator(`.citation-style-choice input[value="${style}"]`);
  }

  get styleExample(): Locator {
    return this.page.locator('[data-citation-example]');
  }
}
