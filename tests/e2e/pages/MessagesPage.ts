import type { Locator, Page } from '@playwright/test';

/** What the interface tells the user in words: notices, review notes, outline labels, error details. Selectors live here only. */
export class MessagesPage {
  constructor(readonly page: Page) {}

  async openDeepLink(documentId: string, segmentKey: string): Promise<void> {
    await this.page.evaluate((hash) => (window.location.hash = hash), `#/doc/${documentId}/${segmentKey}`);
  }

  /** The reader's notice above the text (e.g. a deep link to a paragraph the document lacks). */
  get readerNotice(): Locator {
    return this.page.locator('.reader .inline-notice');
  }

  reviewFlag(segmentId: string): Locator {
    return this.page.locator(`.segment[data-segment-id="${segmentId}"] .review-flag`);
  }

  /** The outline entries of headings at one depth. */
  outlineEntries(depth: number): Locator {
    return this.page.locator(`.outline .outline-item.level-${depth} a`);
  }

  outlineMarker(entry: Locator): Locator {
    return entry.locator('.outline-marker');
  }

  /** The left edges of the titles of numbered entries (those that show a marker). */
  async numberedTitleEdges(entries: Locator): Promise<number[]> {
    return entries.evaluateAll((links) =>
      links.filter((link) => link.querySelector('.outline-marker')).map((link) => Math.round(link.querySelector('.outline-title')!.getBoundingClientRect().left)),
    );
  }

  /** Why a file of an import was left out: the sentence for its code, then its detail. */
  importFileError(fileName: string): Locator {
    return this.page.locator(`.import-preview .import-file[data-file="${fileName}"] .import-file-error`);
  }
}
