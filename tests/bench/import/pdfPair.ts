import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';

const CACHE = path.resolve(__dirname, '..', '..', '..', '.cache', 'bench-import-pdf');

const PAGE_CSS = `
  body { margin: 0; font-size: 12pt; line-height: 1.6; }
  body:lang(zh-CN) { font-family: 'Noto Serif CJK SC', serif; font-size: 13pt; line-height: 1.9; }
  p { margin: 0 0 9pt; text-align: justify; }
`;

/**
 * The generated pair printed by Chromium as two A4 PDFs with page numbers, as
 * a ministry's release and its translation come: the same lines the .txt pair
 * holds. Printing 300 pages takes a while, so each file is kept under .cache/
 * by a digest of what it holds.
 */
export async function printPdf(browser: Browser, lang: 'zh-CN' | 'en', lines: readonly string[]): Promise<Buffer> {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</body></html>`;
  const file = path.join(CACHE, `${lang}-${createHash('sha256').update(html).digest('hex').slice(0, 16)}.pdf`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '2.5cm', bottom: '2.5cm', left: '2.8cm', right: '2.6cm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:9pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    });
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(file, pdf);
    return pdf;
  } finally {
    await page.close();
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
