import type { Locator, Page } from '@playwright/test';

/** Provenance outside the reader (issue #12): the search's provenance filter, each hit side's label, review flags; selectors live here only. */
export class ProvenancePage {
  constructor(readonly page: Page) {}

  /** A choice of the search panel's Provenance filter, by its label. */
  filter(label: string): Locator {
    return this.page.locator('.search-filters .filter-origin label', { hasText: label });
  }

  filterInput(label: string): Locator {
    return this.filter(label).locator('input');
  }

  /** The label saying whether a side of a search hit is published text or a reference translation. */
  hitOrigin(hit: Locator, side: 'zh' | 'en'): Locator {
    return hit.locator(`.hit-side[data-side="${side}"] .origin-label`);
  }

  hit(segmentId: string): Locator {
    return this.page.locator(`.search-hit[data-segment-id="${segmentId}"]`);
  }

  /** The review flag of a flagged paragraph: its summary opens the note. */
  reviewFlag(scope: Locator): Locator {
    return scope.locator('.review-note-details summary');
  }

  reviewNote(scope: Locator): Locator {
    return scope.locator('.review-note-details p');
  }

  /** In an annotation list: the annotated side's label. */
  annotationOrigin(item: Locator): Locator {
    return item.locator('.item-provenance .origin-label');
  }
}
