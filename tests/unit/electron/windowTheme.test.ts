import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WINDOW_BACKGROUND, windowBackground } from '../../../main/electron/windowTheme';

const css = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'renderer', 'styles.css'), 'utf8');

/** The value of a custom property in the first rule with this exact selector. */
function customProperty(selector: string, name: string): string | undefined {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return undefined;
  const block = css.slice(start, css.indexOf('}', start));
  return new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1].trim();
}

describe('the Electron window background', () => {
  it('is the page\'s paper colour in each theme, so no band of another colour shows before the page paints or on resize', () => {
    expect(customProperty(':root', '--paper')).toBe(WINDOW_BACKGROUND.light);
    expect(customProperty(':root[data-theme="dark"]', '--paper')).toBe(WINDOW_BACKGROUND.dark);
    expect(windowBackground(false)).toBe(WINDOW_BACKGROUND.light);
    expect(windowBackground(true)).toBe(WINDOW_BACKGROUND.dark);
  });
});
