import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../main/serving/staticFiles';
import { BUNDLED_FONTS, FONTS_CSS, FONTS_DIR, writeBundledFonts } from '../../../scripts/bundledFonts';
import { REPO_ROOT } from '../../helpers/corpus';
import { tempDirForFile } from '../../helpers/tempDir';

// Issue "Usable by everyone": Chinese renders in a bundled face where the system has none.
const rendererDir = tempDirForFile('duizhao-fonts-');
let css = '';
let written: { files: string[]; bytes: number };

beforeAll(() => {
  written = writeBundledFonts(rendererDir(), path.join(REPO_ROOT, 'node_modules'));
  css = fs.readFileSync(path.join(rendererDir(), FONTS_CSS), 'utf8');
});

interface Face {
  family: string;
  url: string;
  ranges: [number, number][];
}

function faces(): Face[] {
  return [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => ({
    family: /font-family: "([^"]+)"/.exec(body)![1],
    url: /src: url\(([^)]+)\) format\("woff2"\)/.exec(body)![1],
    ranges: /unicode-range: ([^;]+);/.exec(body)![1].split(',').map((range) => {
      const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    }),
  }));
}

const covers = (face: Face, char: string) => face.ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);

describe('bundled CJK fonts', () => {
  it('puts every woff2 chunk in the renderer, each named by the style sheet, and servable there', () => {
    const listed = faces();
    expect(listed.length).toBe(written.files.length);
    for (const face of listed) {
      expect(face.url.startsWith(`./${FONTS_DIR}/`)).toBe(true);
      const file = path.join(rendererDir(), face.url);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      // The app:// protocol and the browser host serve it as a font, from the renderer folder only.
      expect(resolveStaticFile(rendererDir(), `/${face.url.slice(2)}`)?.contentType).toBe('font/woff2');
    }
    for (const font of BUNDLED_FONTS) expect(fs.existsSync(path.join(rendererDir(), FONTS_DIR, `${font.prefix}-LICENSE.txt`))).toBe(true);
    expect(css).toContain('SIL Open Font License');
  });

  it('covers the corpus’s Chinese in both scripts, in the Simplified and the Traditional face', () => {
    for (const font of BUNDLED_FONTS) {
      const ofFamily = faces().filter((face) => face.family === font.family);
      expect(ofFamily.length).toBeGreaterThan(50);
      for (const char of '国务院医疗卫生服务體系醫院衛生，。') expect(ofFamily.some((face) => covers(face, char)), `${font.family} ${char}`).toBe(true);
    }
  });

  it('is the fallback: the stacks name the system’s CJK faces first, and the page loads the bundled faces’ style sheet', () => {
    const styles = fs.readFileSync(path.join(REPO_ROOT, 'renderer', 'styles.css'), 'utf8');
    const stacks = [...styles.matchAll(/--font-(?:zh|ui): ([^;]+);/g)].map((m) => m[1]);
    expect(stacks.length).toBeGreaterThanOrEqual(6);
    for (const stack of stacks) {
      const families = stack.split(',').map((f) => f.trim().replace(/"/g, ''));
      const bundled = families.findIndex((f) => f.startsWith('Duizhao Noto Serif'));
      expect(bundled, stack).toBeGreaterThan(families.findIndex((f) => /CJK|PingFang|YaHei|JhengHei|Song|Ming/.test(f)));
      expect(bundled, stack).toBe(families.length - 2); // just before the generic family
    }
    const index = fs.readFileSync(path.join(REPO_ROOT, 'renderer', 'index.html'), 'utf8');
    expect(index).toContain(`href="./${FONTS_CSS}"`);
  });
});
