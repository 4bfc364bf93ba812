import type { Locator, Page } from '@playwright/test';

/** The side-by-side reader; selectors live here only. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  async waitForDocument(documentId: string): Promise<void> {
    await this.page.locator(`body[data-reader-ready="${documentId}"]`).waitFor({ state: 'attached' });
  }

  /** Waits for whichever document a link opened. */
  async waitForAnyDocument(): Promise<void> {
    await this.page.locator('body[data-reader-ready]').waitFor({ state: 'attached' });
  }

  /** The find bar's current hit. */
  get currentHit(): Locator {
    return this.page.locator('mark[data-hit="current"]');
  }

  /**
   * Scrolls a row to the top of the reader, twice: rows above it rendered
   * lazily (content-visibility) take their real heights once in view and
   * push it down, so the second scroll lands where the first aimed.
   */
  async scrollRowToTop(segmentId: string): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await this.row(segmentId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await this.page.waitForTimeout(150);
    }
  }

  /** The rows container, which says how many rows the document has (data-row-count), rendered or not. */
  get rowsContainer(): Locator {
    return this.page.locator('.segment-rows');
  }

  /** An outline entry, by the key of its heading. */
  outlineLink(key: string): Locator {
    return this.page.locator(`nav.outline a[href$="/${key}"]`);
  }

  /** The segment id of the row holding the focus, or null. */
  async focusedRowId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-segment-id]')?.dataset.segmentId ?? null);
  }

  /** Scrolls the window to the very end, as often as it takes for the rows arriving there to settle. */
  async scrollToEnd(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      await this.page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      await this.page.waitForTimeout(100);
    }
  }

  get rows(): Locator {
    return this.page.locator('.segment[data-segment-id]');
  }

  row(segmentId: string): Locator {
    return this.page.locator(`.segment[data-segment-id="${segmentId}"]`);
  }

  cell(row: Locator, side: 'zh' | 'en'): Locator {
    return row.locator(`.cell[data-side="${side}"]`);
  }

  /** The find bar's marks of search hits in a scope. */
  hitMarks(scope: Locator): Locator {
    return scope.locator('mark');
  }

  get documentTitle(): Locator {
    return this.page.locator('#document-title');
  }

  /** The title in the other language, under the one in the interface's. */
  get documentSubtitle(): Locator {
    return this.page.locator('.document-header .document-subtitle');
  }

  /** The toolbar's 简 / 繁 choice of the script Chinese text is shown in: its radio is hidden under the label. */
  scriptChoice(script: 'simplified' | 'traditional'): Locator {
    return this.page.locator('.chinese-script-toggle label', { has: this.page.locator(`input[value="${script}"]`) });
  }

  scriptRadio(script: 'simplified' | 'traditional'): Locator {
    return this.page.locator(`.chinese-script-toggle input[value="${script}"]`);
  }

  get columnHeaders(): Locator {
    return this.page.locator('.column-header');
  }

  get outlineLinks(): Locator {
    return this.page.locator('.outline a');
  }

  viewMode(name: string): Locator {
    return this.page.locator('.segmented label', { hasText: name });
  }

  get swapButton(): Locator {
    return this.page.locator('.reader-toolbar .swap-sides');
  }

  get largerText(): Locator {
    return this.page.locator('.font-size button').last();
  }

  get fontSizeValue(): Locator {
    return this.page.locator('.font-size-value');
  }

  /** One sentence of one side; `sentenceId` is `<segmentId>.s<n>`. */
  sentence(side: 'zh' | 'en', sentenceId: string): Locator {
    return this.page.locator(`.sentence[data-sentence="${side}|${sentenceId}"]`);
  }

  /** The sentences lit up as a pair (hovered, focused or pinned). */
  get pairedSentences(): Locator {
    return this.page.locator('.sentence[data-pair]');
  }

  /** The sentence the sentence keys start from, the one focusable before it is chosen. */
  get sentenceCursor(): Locator {
    return this.page.locator('.sentence[tabindex]');
  }

  /** A row's one tab stop, its paragraph number. */
  tabStop(segmentId: string): Locator {
    return this.row(segmentId).locator('.segment-number');
  }

  /** The text of one column of a row (given as its segment id or its locator), where the caret goes. */
  cellText(row: string | Locator, side: 'zh' | 'en'): Locator {
    return this.cell(typeof row === 'string' ? this.row(row) : row, side).locator('.cell-text');
  }

  get copyLinkButtons(): Locator {
    return this.page.locator('.copy-link');
  }

  get caretToggle(): Locator {
    return this.page.locator('.reader-toolbar .caret-toggle');
  }

  /** The caret drawn in caret mode. */
  get caret(): Locator {
    return this.page.locator('.reader-caret');
  }

  get findInput(): Locator {
    return this.page.locator('.find-bar input');
  }

  get annotationsToggle(): Locator {
    return this.page.locator('.reader-toolbar .annotations-toggle');
  }

  get annotationsPanel(): Locator {
    return this.page.locator('.reader-annotations');
  }

  get skipLink(): Locator {
    return this.page.locator('.skip-link');
  }

  /** The text the user has selected, and whether it is collapsed to a caret. */
  async selection(): Promise<{ text: string; collapsed: boolean; inCell: string | null }> {
    return this.page.evaluate(() => {
      const selection = window.getSelection()!;
      const node = selection.focusNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return { text: selection.toString(), collapsed: selection.isCollapsed, inCell: element?.closest('[data-segment-id]')?.getAttribute('data-segment-id') ?? null };
    });
  }

  /** What has the focus, described for an assertion (never matches: the body). */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'body';
      return `${active.tagName.toLowerCase()}.${[...active.classList].join('.')}`;
    });
  }

  /** What the screen reader is told about the focused sentence. */
  get sentenceStatus(): Locator {
    return this.page.locator('[data-sentence-status]');
  }

  get linksToCheckToggle(): Locator {
    return this.page.locator('.links-to-check-toggle');
  }

  get linksToCheckPanel(): Locator {
    return this.page.locator('.reader-links-to-check');
  }

  get findCount(): Locator {
    return this.page.locator('.find-count');
  }

  /** Top edges of each visible cell of a row, to check the two sides stay level. */
  async cellTops(row: Locator): Promise<number[]> {
    return row.locator('.cell').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
  }

  /**
   * Clicks where the control is on the screen, as a mouse does. Playwright's own click first scrolls its target
   * "into view", and for a control in the sticky toolbar Chromium takes that to mean scrolling the page up to where
   * the toolbar would sit unstuck: a scroll no person makes.
   */
  async clickInPlace(control: Locator): Promise<void> {
    const box = await control.boundingBox();
    if (!box) throw new Error('the control is not on the screen');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  get outlineToggle(): Locator {
    return this.page.locator('.outline-toggle');
  }

  get outline(): Locator {
    return this.page.locator('nav.outline');
  }

  /** The heading the outline marks as the section being read. */
  get currentSection(): Locator {
    return this.page.locator('.outline a[aria-current]');
  }

  get smallerText(): Locator {
    return this.page.locator('.font-size button').first();
  }

  /** Scrolls so that the row starts exactly at the top of the text, just below the sticky headers. */
  async alignRowWithTextTop(segmentId: string): Promise<void> {
    await this.scrollRowToTop(segmentId);
    await this.row(segmentId).evaluate((row) => {
      const top = Math.max(0, ...['.top-bar', '.reader-chrome', '.column-headers'].map((s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0));
      window.scrollBy({ top: row.getBoundingClientRect().top - top, behavior: 'instant' });
    });
    await this.page.waitForTimeout(100);
  }

  /**
   * The row at the top of the text as a person sees it, and how far below the sticky headers it starts: the first
   * row whose bottom is below the lowest of the top bar, the toolbar and the column headers.
   */
  async topRow(): Promise<{ id: string; offset: number }> {
    return this.page.evaluate(() => {
      const top = Math.max(0, ...['.top-bar', '.reader-chrome', '.column-headers'].map((s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0));
      for (const row of document.querySelectorAll<HTMLElement>('.segment[data-segment-id]')) {
        const rect = row.getBoundingClientRect();
        if (rect.bottom > top + 1) return { id: row.dataset.segmentId!, offset: Math.round(rect.top - top) };
      }
      throw new Error('no row below the headers');
    });
  }

  /* ---- Terminology in the reader (reader/terms/) ---- */

  get termToggle(): Locator {
    return this.page.locator('.reader-toolbar .term-toggle');
  }

  /** Marked termbase terms in a scope (each term's first piece, its focus stop); `text` picks those that read so. */
  termMarks(scope: Locator, text?: string): Locator {
    const marks = scope.locator('.term-mark[data-term-start]');
    return text === undefined ? marks : marks.filter({ hasText: text });
  }

  /** The entry a marked term shows on hover or focus. */
  get termPopover(): Locator {
    return this.page.locator('.term-popover');
  }

  /** The entry's "in the aligned sentence" part. */
  get termCounterpart(): Locator {
    return this.termPopover.locator('.term-counterpart');
  }

  /** A status badge (preferred, forbidden…) in a scope, by the status it tells. */
  termStatusBadges(scope: Locator, status: string): Locator {
    return scope.locator(`.term-status[data-term-status="${status}"]`);
  }

  get addAsTermButton(): Locator {
    return this.page.locator('.selection-toolbar .add-as-term');
  }

  get dictionaryCard(): Locator {
    return this.page.locator('.dictionary-card');
  }

  get dictionaryPinyin(): Locator {
    return this.dictionaryCard.locator('.dictionary-pinyin');
  }

  /** The termbase entry beside the dictionary's, when the selection is a termbase term. */
  get dictionaryTermbaseEntry(): Locator {
    return this.dictionaryCard.locator('.dictionary-termbase');
  }

  /** The glyph drawn after a flagged term (CSS content, outside the text). */
  async flagGlyph(mark: Locator): Promise<string> {
    return mark.evaluate((element) => {
      const cell = element.closest('[data-side]');
      const range = element.getAttribute('data-term-range');
      const last = [...(cell?.querySelectorAll(`.term-mark[data-term-range="${range}"]`) ?? [])].at(-1) ?? element;
      return getComputedStyle(last, '::after').content;
    });
  }
}
