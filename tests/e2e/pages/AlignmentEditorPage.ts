import type { Locator, Page } from '@playwright/test';
import type { EditAction } from '../../../renderer/reader/alignmentEditor/editTargets';

/** The reader's alignment editor: its toggle, its bar and the sentences it edits; selectors live here only. */
export class AlignmentEditorPage {
  constructor(readonly page: Page) {}

  get toggle(): Locator {
    return this.page.locator('.alignment-edit-toggle');
  }

  get bar(): Locator {
    return this.page.locator('.alignment-edit-bar');
  }

  /** What the bar says of the sentence chosen. */
  get target(): Locator {
    return this.bar.locator('[data-testid="alignment-edit-target"]');
  }

  /** The last change and the last edit's author and time. */
  get lastEdit(): Locator {
    return this.bar.locator('[data-testid="alignment-edit-last"]');
  }

  action(action: EditAction): Locator {
    return this.bar.locator(`.alignment-edit-action[data-action="${action}"]`);
  }

  get undoButton(): Locator {
    return this.bar.locator('.alignment-edit-history > .button').first();
  }

  get historyEntries(): Locator {
    return this.bar.locator('.alignment-edit-log li');
  }

  async openHistory(): Promise<void> {
    await this.bar.locator('.alignment-edit-log summary').click();
  }

  /** A sentence of the text, by its side, paragraph and number in it. */
  sentence(documentId: string, side: 'zh' | 'en', key: string, n: number): Locator {
    return this.page.locator(`[data-sentence="${side}|${documentId}:${key}.s${n}"]`);
  }

  /** Whether these sentences (document, side, paragraph key, number) are all in one link, as the reader shows them now. */
  async sameLink(...sentences: [string, 'zh' | 'en', string, number][]): Promise<boolean> {
    const links = await Promise.all(sentences.map((s) => this.sentence(...s).getAttribute('data-link')));
    return links.every((link) => link !== null && link === links[0]);
  }

  /** Puts the caret just before `before` in a sentence, as a click or the caret keys (F7) would. */
  async placeCaret(documentId: string, side: 'zh' | 'en', key: string, n: number, before: string): Promise<void> {
    await this.sentence(documentId, side, key, n).evaluate((element, text) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at >= 0) return window.getSelection()?.collapse(node, at);
      }
      throw new Error(`No "${text}" in the sentence`);
    }, before);
  }

  /** Chooses a sentence with the mouse, as a person does before pressing a button or a key. */
  async choose(documentId: string, side: 'zh' | 'en', key: string, n: number): Promise<void> {
    await this.sentence(documentId, side, key, n).click();
  }
}
