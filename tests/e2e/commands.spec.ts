import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CommandsPage } from './pages/CommandsPage';
import { SearchPage } from './pages/SearchPage';
import { seriousViolations } from './axe';

// Issue "Usable by everyone": a command palette (Ctrl+Shift+P, F1) for every command, and a shortcuts sheet (?).
const PLAN = 'national-health-plan-14th-fyp-2022';

const focusedDescription = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active ? `${active.tagName}#${active.id}.${active.className}` : 'none';
  });

test('Ctrl+Shift+P finds a command typed in part, Enter runs it, and the theme turns dark (English)', async ({ library, app, page }) => {
  const commands = new CommandsPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await library.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await commands.openPalette();
  await expect(commands.palette).toHaveAttribute('aria-modal', 'true');
  await expect(commands.palette.getByRole('heading')).toHaveText('Commands');
  await commands.paletteInput.pressSequentially('them da', { delay: 10 });
  await expect(commands.options).toHaveText(['Theme: DarkSettings']);
  await page.keyboard.press('Enter');

  await expect(commands.palette).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await app.backend.handlers.getPreferences({})).theme).toBe('dark');
  // The theme in use is no longer offered.
  await commands.openPalette();
  await commands.paletteInput.pressSequentially('theme', { delay: 10 });
  await expect(commands.option('settings.theme.dark')).toHaveCount(0);
  await expect(commands.option('settings.theme.light')).toBeVisible();
});

test('in the Chinese interface, Chinese words and English words both find and run a command; F1 opens the palette too', async ({ library, page }) => {
  const commands = new CommandsPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await library.open();
  await library.chooseLanguage('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await commands.openPalette();
  await commands.paletteInput.pressSequentially('深色', { delay: 10 });
  await expect(commands.options).toHaveCount(1);
  await expect(commands.activeOption).toContainText('主题：深色');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('F1');
  await commands.paletteInput.pressSequentially('settings', { delay: 10 });
  await expect(commands.activeOption).toContainText('前往设置');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
});

test('in the reader, the palette opens the annotations panel; arrows choose; Esc gives the focus back', async ({ library, reader, page }) => {
  const commands = new CommandsPage(page);
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  await reader.annotationsToggle.focus();
  const before = await focusedDescription(page);

  await commands.openPalette();
  await page.keyboard.press('Escape');
  await expect(commands.palette).toHaveCount(0);
  expect(await focusedDescription(page)).toBe(before);

  await commands.openPalette();
  await commands.paletteInput.pressSequentially('annotations', { delay: 10 });
  // More than one command mentions annotations: the arrows move between them.
  await expect(commands.options.nth(1)).toBeVisible();
  const first = await commands.activeOption.getAttribute('data-command');
  await page.keyboard.press('ArrowDown');
  await expect(commands.activeOption).not.toHaveAttribute('data-command', first!);
  await page.keyboard.press('ArrowUp');
  await expect(commands.activeOption).toHaveAttribute('data-command', first!);
  await commands.paletteInput.fill('');
  await commands.paletteInput.pressSequentially('show hide annot', { delay: 10 });
  await expect(commands.activeOption).toHaveAttribute('data-command', 'reader.annotationsPanel');
  await page.keyboard.press('Enter');
  await expect(reader.annotationsPanel).toBeVisible();
  await expect(reader.annotationsToggle).toHaveAttribute('aria-expanded', 'true');
});

test('with text selected, the palette highlights it in the colour named, and offers no highlight without a selection', async ({ library, reader, app, page }) => {
  const commands = new CommandsPage(page);
  const annotate = new AnnotationsPage(page);
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const segment = doc.segments.find((s) => s.kind === 'paragraph' && s.zh?.text.includes('卫生健康'))!;
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  await commands.openPalette();
  await commands.paletteInput.pressSequentially('highlight', { delay: 10 });
  await expect(commands.options).toHaveCount(0);
  await page.keyboard.press('Escape');

  const row = reader.row(segment.id);
  await annotate.select(reader.cell(row, 'zh').locator('.cell-text'), '卫生健康');
  await commands.run('highlight pink');
  const highlight = annotate.highlights(reader.cell(row, 'zh'));
  await expect(highlight).toHaveText('卫生健康');
  await expect(highlight).toHaveClass(/colour-pink/);
});

test('"?" opens the sheet of shortcuts, listing find; "?" typed in the search box is a question mark', async ({ library, reader, page }) => {
  const commands = new CommandsPage(page);
  const search = new SearchPage(page);
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  await reader.outlineLinks.first().focus();
  const before = await focusedDescription(page);

  await page.keyboard.press('?');
  await expect(commands.sheet).toBeVisible();
  await expect(commands.sheet.getByRole('heading', { level: 2 })).toHaveText('Keyboard shortcuts');
  await expect(commands.sheetRow('reader.find')).toHaveText(/Find in this document\s*Ctrl\+F/);
  await expect(commands.sheetRow('reader.nextHit')).toContainText('F3');
  await expect(commands.sheetRow('general.focusSearch')).toContainText('Ctrl+K');
  await expect(commands.sheetRow('sentences.next')).toContainText('Alt+↓');
  await expect(commands.sheetSections.first()).toHaveText('General');
  await page.keyboard.press('Escape');
  await expect(commands.sheet).toHaveCount(0);
  expect(await focusedDescription(page)).toBe(before);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('why?');
  await expect(search.box).toHaveValue('why?');
  await expect(commands.sheet).toHaveCount(0);
});

test('the keys the registry now dispatches still work: Ctrl+K, Ctrl+F and F3', async ({ library, reader, page }) => {
  const search = new SearchPage(page);
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  await page.keyboard.press('Control+f');
  await expect(reader.findInput).toBeFocused();
  // One change of the query, so no later answer for a shorter one resets the count after F3.
  await reader.findInput.fill('医疗');
  await expect(reader.findCount).toContainText('1 of');
  await page.keyboard.press('F3');
  await expect(reader.findCount).toContainText('2 of');
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();
});

test('the top bar menu opens both, at 800 px wide, and each has no serious accessibility violation', async ({ library, page }) => {
  const commands = new CommandsPage(page);
  await page.setViewportSize({ width: 800, height: 700 });
  await library.open();
  await expect(commands.menuButton).toBeInViewport();
  await expect(commands.menuButton).toHaveAccessibleName('Commands and keyboard shortcuts');

  await commands.menuButton.click();
  await commands.menuItem('palette').click();
  await expect(commands.paletteInput).toBeFocused();
  await expect(commands.palette).toBeInViewport();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(commands.menuButton).toBeFocused();

  await commands.menuButton.click();
  await commands.menuItem('sheet').click();
  await expect(commands.sheet).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(commands.menuButton).toBeFocused();
});
