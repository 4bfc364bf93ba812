import type { Locator, Page } from '@playwright/test';

/** The command palette, the shortcuts sheet and the top bar's menu for them; selectors live here only. */
export class CommandsPage {
  constructor(readonly page: Page) {}

  get palette(): Locator {
    return this.page.locator('dialog.command-palette');
  }

  get paletteInput(): Locator {
    return this.palette.getByRole('combobox');
  }

  get options(): Locator {
    return this.palette.getByRole('option');
  }

  get activeOption(): Locator {
    return this.palette.locator('[role="option"][aria-selected="true"]');
  }

  option(commandId: string): Locator {
    return this.palette.locator(`[role="option"][data-command="${commandId}"]`);
  }

  get sheet(): Locator {
    return this.page.locator('dialog.shortcuts-sheet');
  }

  /** One row of the sheet: the command's label and its keys. */
  sheetRow(commandId: string): Locator {
    return this.sheet.locator(`.shortcut-row[data-command="${commandId}"]`);
  }

  get sheetSections(): Locator {
    return this.sheet.locator('.shortcuts-section h3');
  }

  get menuButton(): Locator {
    return this.page.locator('.commands-menu summary');
  }

  menuItem(opens: 'palette' | 'sheet'): Locator {
    return this.page.locator(`.commands-menu-item[data-opens="${opens}"]`);
  }

  async openPalette(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    await this.paletteInput.waitFor();
  }

  /** Opens the palette, types `text` and runs the highlighted command. */
  async run(text: string): Promise<void> {
    await this.openPalette();
    await this.paletteInput.pressSequentially(text, { delay: 10 });
    await this.page.keyboard.press('Enter');
  }
}
