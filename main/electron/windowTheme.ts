/**
 * The window's own colour, seen before the page paints and at the edges while it is resized: the page's
 * --paper in each theme (renderer/styles.css; tests/unit/electron/windowTheme.test.ts keeps the two the same).
 */
export const WINDOW_BACKGROUND = { light: '#f6f4ef', dark: '#16181d' } as const;

/** `shouldUseDarkColors` is nativeTheme's, which follows the theme preference once it is the themeSource. */
export function windowBackground(shouldUseDarkColors: boolean): string {
  return shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}
