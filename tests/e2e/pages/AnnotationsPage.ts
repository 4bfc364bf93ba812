import type { Locator, Page } from '@playwright/test';

/** Annotating in the reader and the annotations screens; selectors live here only. */
export class AnnotationsPage {
  constructor(readonly page: Page) {}

  /** Selects the `occurrence`-th `exact` in a cell's text, as a drag with the mouse would. */
  async select(cellText: Locator, exact: string, occurrence = 0): Promise<void> {
    await cellText.scrollIntoViewIfNeeded();
    await cellText.evaluate(
      (element, { exact, occurrence }) => {
        const text = element.textContent ?? '';
        let start = -1;
        for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
        if (start < 0) throw new Error(`"${exact}" is not in the cell`);
        const end = start + exact.length;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
          if (end >= seen && end <= seen + length) {
            range.setEnd(node, end - seen);
            break;
          }
          seen += length;
        }
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      { exact, occurrence },
    );
    await this.toolbar.waitFor();
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: /Annotate the selection|批注所选文字|為所選文字加上註記/ });
  }

  swatch(container: Locator, colour: string): Locator {
    return container.locator(`.swatch[data-colour="${colour}"]`);
  }

  get noteButton(): Locator {
    return this.toolbar.locator('button', { hasText: /Note…|笔记…/ });
  }

  get editor(): Locator {
    return this.page.locator('.annotation-editor');
  }

  get noteField(): Locator {
    return this.editor.locator('textarea');
  }

  get tagField(): Locator {
    return this.editor.locator('.tag-input input');
  }

  get saveButton(): Locator {
    return this.editor.locator('.button-primary');
  }

  get deleteButton(): Locator {
    return this.editor.locator('.button-danger');
  }

  highlights(scope: Locator | Page = this.page): Locator {
    return scope.locator('.annotation[data-annotation-start]');
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  get panelToggle(): Locator {
    return this.page.locator('.annotations-toggle');
  }

  /** An item's quote, which jumps to the annotation in the reader. */
  jumpButton(item: Locator): Locator {
    return item.locator('.item-quote');
  }

  get items(): Locator {
    return this.page.locator('.annotation-item');
  }

  /** The Annotations list's "Show N more", which loads the next page from the host. */
  get showMore(): Locator {
    return this.page.locator('.annotation-show-more');
  }

  /** How many annotations the filter shows, and how many of them are listed. */
  get listCount(): Locator {
    return this.page.locator('.annotation-list-panel .list-count');
  }

  itemQuote(annotationId: string): Locator {
    return this.page.locator(`[data-annotation-item="${annotationId}"] .item-quote`);
  }

  colourFilter(colour: string): Locator {
    return this.page.locator(`.annotation-filters .swatch.colour-${colour}`);
  }

  get navLink(): Locator {
    return this.page.locator('.top-nav a[href="#/annotations"]');
  }

  exportButton(format: 'markdown' | 'csv' | 'w3c-json'): Locator {
    return this.page.locator(`button[data-export="${format}"]`);
  }

  get importInput(): Locator {
    return this.page.getByTestId('import-file');
  }

  /** The preview of an import: what each record of each file would do, with Import N and Cancel. */
  get importPreview(): Locator {
    return this.page.locator('.import-preview');
  }

  previewFile(name: string): Locator {
    return this.importPreview.locator(`.import-file[data-file="${name}"]`);
  }

  get importConfirm(): Locator {
    return this.importPreview.locator('.import-preview-actions .button-primary');
  }

  get importCancel(): Locator {
    return this.importPreview.locator('.import-preview-actions .button:not(.button-primary)');
  }
}
