// The CJK faces shipped with the renderer, for machines that have none (a fresh
// Windows or Linux): Noto Serif SC and TC (SIL OFL 1.1) from the @fontsource
// packages, regular weight only (bold is synthesised), as their woff2 files split
// by unicode-range, so a page loads only the chunks its characters need. The
// font stacks in renderer/styles.css name the system's CJK faces first.
import fs from 'node:fs';
import path from 'node:path';

export const BUNDLED_FONTS = [
  { family: 'Duizhao Noto Serif SC', packageName: '@fontsource/noto-serif-sc', prefix: 'noto-serif-sc' },
  { family: 'Duizhao Noto Serif TC', packageName: '@fontsource/noto-serif-tc', prefix: 'noto-serif-tc' },
] as const;

/** The folder under the renderer's output that holds the font files, and the style sheet naming them. */
export const FONTS_DIR = 'fonts';
export const FONTS_CSS = 'fonts.css';

interface Chunk {
  file: string;
  unicodeRange: string;
}

/** The numbered (CJK) chunks of a package's regular face; its Latin, Cyrillic and Vietnamese ones are left to the system. */
function cjkChunks(packageDir: string, prefix: string): Chunk[] {
  const css = fs.readFileSync(path.join(packageDir, '400.css'), 'utf8');
  const chunks: Chunk[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = new RegExp(`url\\(\\./files/(${prefix}-\\d+-400-normal\\.woff2)\\)`).exec(block)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && unicodeRange) chunks.push({ file, unicodeRange: unicodeRange.trim() });
  }
  if (chunks.length < 50) throw new Error(`${packageDir}: expected the CJK chunks of the regular face, found ${chunks.length}`);
  return chunks;
}

/** Copies the font files and their licences into `rendererDir`/fonts and writes `rendererDir`/fonts.css. */
export function writeBundledFonts(rendererDir: string, nodeModulesDir: string): { files: string[]; bytes: number } {
  const outDir = path.join(rendererDir, FONTS_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const rules: string[] = [];
  const files: string[] = [];
  let bytes = 0;
  for (const font of BUNDLED_FONTS) {
    const packageDir = path.join(nodeModulesDir, font.packageName);
    fs.copyFileSync(path.join(packageDir, 'LICENSE'), path.join(outDir, `${font.prefix}-LICENSE.txt`));
    for (const chunk of cjkChunks(packageDir, font.prefix)) {
      fs.copyFileSync(path.join(packageDir, 'files', chunk.file), path.join(outDir, chunk.file));
      bytes += fs.statSync(path.join(outDir, chunk.file)).size;
      files.push(chunk.file);
      rules.push(
        `@font-face { font-family: "${font.family}"; font-style: normal; font-weight: 400; font-display: swap; ` +
          `src: url(./${FONTS_DIR}/${chunk.file}) format("woff2"); unicode-range: ${chunk.unicodeRange}; }`,
      );
    }
  }
  const header = '/* Noto Serif SC and TC, SIL Open Font License 1.1: see fonts/*-LICENSE.txt. Written by scripts/bundledFonts.ts. */';
  fs.writeFileSync(path.join(rendererDir, FONTS_CSS), `${header}\n${rules.join('\n')}\n`);
  return { files, bytes };
}
