import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell, the same engine without the browser's own UI)
 * where it is installed: 19 tests of three specs took 91 s in it against 145 s in the full browser on the 2-core CI
 * machine. Otherwise the full browser, or whatever CHROMIUM_PATH names.
 */
const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => fs.existsSync(file)) ?? '/usr/bin/chromium';

/**
 * End-to-end tests. `browser` drives Debian's Chromium against the loopback
 * browser host; `electron` drives the real app and skips, saying so, where
 * Electron's binary is not installed.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/artifacts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  projects: [
    {
      name: 'browser',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1360, height: 900 },
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
