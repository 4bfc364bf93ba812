import type { Locator, Page } from '@playwright/test';

/** "Add to pack" wherever it is (selection toolbar, sentence key, search hits, annotations) and search's selection bar; selectors live here only. */
export class AddToPackPage {
  constructor(readonly page: Page) {}

  /** The selection toolbar's "Add to pack" button. */
  get toolbarButton(): Locator {
    return this.page.locator('.selection-toolbar .add-to-pack-button');
  }

  /** The open menu (under a button, or floating where P opened it). */
  get menu(): Locator {
    return this.page.locator('.add-to-pack-menu[role="menu"]');
  }

  get menuItems(): Locator {
    return this.menu.locator('[role="menuitem"]');
  }

  packItem(title: string): Locator {
    return this.menu.locator('[role="menuitem"][data-pack-id]', { hasText: title });
  }

  get newPackItem(): Locator {
    return this.menu.locator('.add-to-pack-new');
  }

  get newPackDialog(): Locator {
    return this.page.locator('.add-to-pack-dialog');
  }

  get newPackTitle(): Locator {
    return this.newPackDialog.locator('input[type="text"]');
  }

  get newPackCreate(): Locator {
    return this.newPackDialog.locator('button[type="submit"]');
  }

  /** "Added to …", with its link to the pack. */
  get status(): Locator {
    return this.page.locator('.add-to-pack-status');
  }

  get statusLink(): Locator {
    return this.status.locator('a.add-to-pack-open');
  }

  /** Through "New pack…": the title typed, then Create. */
  async intoNewPack(title: string): Promise<void> {
    await this.newPackItem.click();
    await this.newPackTitle.fill(title);
    await this.newPackCreate.click();
  }

  hitButton(segmentId: string): Locator {
    return this.page.locator(`.search-hit[data-segment-id="${segmentId}"] .add-to-pack-button`);
  }

  hitCheckbox(segmentId: string): Locator {
    return this.page.locator(`.search-hit[data-segment-id="${segmentId}"] .search-hit-select`);
  }

  get hitCheckboxes(): Locator {
    return this.page.locator('.search-hit-select');
  }

  annotationButton(annotationId: string): Locator {
    return this.page.locator(`[data-annotation-item="${annotationId}"] .add-to-pack-button`);
  }

  get selectionBar(): Locator {
    return this.page.locator('.search-selection-bar');
  }

  get selectPage(): Locator {
    return this.selectionBar.locator('.search-select-page input');
  }

  get selectAll(): Locator {
    return this.selectionBar.locator('.search-select-all');
  }

  get selectionCount(): Locator {
    return this.selectionBar.locator('.search-selection-count');
  }

  get selectionAddButton(): Locator {
    return this.selectionBar.locator('.add-to-pack-button');
  }

  get exportButton(): Locator {
    return this.selectionBar.locator('.search-export-quotes');
  }

  get exportDialog(): Locator {
    return this.page.locator('.search-export-dialog');
  }

  get pager(): Locator {
    return this.page.locator('.search-pager');
  }

  get nextPage(): Locator {
    return this.pager.locator('.search-page-next');
  }

  get previousPage(): Locator {
    return this.pager.locator('.search-page-previous');
  }

  get pageAt(): Locator {
    return this.pager.locator('.search-page-at');
  }

  /** Settled on the page of results starting at `offset`. */
  pageShown(offset: number): Locator {
    return this.page.locator(`.search-view[data-ready="true"][data-page-offset="${offset}"]`);
  }
}
