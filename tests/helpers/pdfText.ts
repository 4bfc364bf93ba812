import path from 'node:path';
import { REPO_ROOT } from './corpus';

/** The text of each page of a PDF, as pdfjs-dist reads it (with its CMaps, so CJK fonts' text comes back as characters). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(REPO_ROOT, 'node_modules', 'pdfjs-dist', 'cmaps')}${path.sep}`,
    cMapPacked: true,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await document.destroy();
  return pages;
}

/**
 * Simplified-form radicals (CJK Radicals Supplement) and the ideographs whose
 * glyphs they share in the Noto CJK fonts, after Unicode's EquivalentUnifiedIdeograph data.
 */
const RADICALS: Record<string, string> = {
  '\u2E9F': '母', '\u2EA0': '民', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED3': '长',
  '\u2ED4': '门', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE2': '马',
  '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEC': '齐', '\u2EEE': '齿',
  '\u2EF0': '龙', '\u2EF3': '龟',
};

/**
 * Text compared whatever the line breaks and spaces a page layout put in it.
 * Chromium's PDFs map some CJK glyphs back to the radical code points that
 * share them (日 comes back as ⽇ U+2F47, 民 as ⺠ U+2EA0): NFKC folds the
 * Kangxi radicals, the table above the simplified-form ones.
 */
export const squeezed = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, (c) => RADICALS[c] ?? c)
    .replace(/\s+/g, '');
