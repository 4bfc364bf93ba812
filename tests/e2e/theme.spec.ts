import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

// Dark mode (issue 15): the system's scheme by default, followed as it changes; a choice in Settings wins and is kept.
const PAPER = { light: 'rgb(246, 244, 239)', dark: 'rgb(22, 24, 29)' };

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('follows the system scheme, at start and as it changes', async ({ library, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await library.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe(PAPER.dark);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await pageBackground(page)).toBe(PAPER.light);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the choice in Settings overrides the system and is remembered after a reload (${language})`, async ({ library, app, page }) => {
    const settings = new SettingsPage(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await library.open();
    await library.chooseLanguage(language);
    await settings.open();
    const names = language === 'en' ? ['System', 'Light', 'Dark'] : ['跟随系统', '浅色', '深色'];
    await expect(page.locator('.theme-choice label')).toHaveText(names);
    await expect(page.getByRole('radio', { name: names[0] })).toBeChecked();

    await settings.themeChoice('dark').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: names[2] })).toBeChecked();
    await expect.poll(async () => (await app.backend.handlers.getPreferences({})).theme).toBe('dark');

    // The system turning light or dark changes nothing now, and a reload keeps the choice.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await page.locator('body[data-app-ready="true"] .settings-view').waitFor();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await pageBackground(page)).toBe(PAPER.dark);
    await expect(page.getByRole('radio', { name: names[2] })).toBeChecked();

    await settings.themeChoice('light').click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    // Back to the system's, which is dark at the moment.
    await settings.themeChoice('system').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(async () => (await app.backend.handlers.getPreferences({})).theme).toBe('system');
  });
}
