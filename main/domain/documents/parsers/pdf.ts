import { createRequire } from 'node:module';
import path from 'node:path';
import type { ParsedText, ParseOptions } from '../importModel';
import { parsedText } from './blocksToParsed';
import { pdfBlocks, type PdfPageText, type PdfTextItem } from './pdfLayout';
import { refusal } from './refusal';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js is ECMAScript modules only: it is loaded with import(), which the
 * app's CommonJS bundle keeps as is because pdfjs-dist is left out of the
 * bundle (scripts/build.ts), and found in node_modules at run time.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Character maps of the PDF standard's Chinese fonts, which a PDF may use without embedding them. */
function cMapUrl(): string {
  const root = path.dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
  return `${path.join(root, 'cmaps')}${path.sep}`;
}

const PROGRESS_INTERVAL_MS = 100;

/** A page with fewer readable characters than this holds no text layer (a scan, a picture). */
const TEXTLESS_PAGE = 5;

/**
 * A PDF's text layer as blocks. pdf.js runs without eval, font loading or
 * system fonts, from the bytes in memory only; a password, a damaged file
 * or a file cut short is refused, and so is a scan with no text to read.
 */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions): Promise<ParsedText> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) throw refusal('pdf-corrupt', 'The PDF has no end-of-file marker: it is cut short');
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: true,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw refusalOf(error);
    });
    const pages: PdfPageText[] = [];
    let reported = Number.NEGATIVE_INFINITY;
    for (let number = 1; number <= document.numPages; number += 1) {
      options.signal?.throwIfAborted();
      pages.push(await pageText(document, number));
      // Pages can go by hundreds a second: progress is said every tenth of a second, and at the end.
      if (performance.now() - reported >= PROGRESS_INTERVAL_MS || number === document.numPages) {
        reported = performance.now();
        options.onProgress?.(number, document.numPages);
      }
    }
    const textless = pages.filter((page) => page.items.reduce((sum, item) => sum + item.text.trim().length, 0) < TEXTLESS_PAGE).length;
    if (textless > pages.length / 2) throw refusal('pdf-no-text', `${textless} of ${pages.length} pages have no text layer: the PDF is a scan`);
    const blocks = pdfBlocks(pages);
    if (blocks.length === 0) throw refusal('pdf-no-text', 'The PDF has no text layer');
    return parsedText('pdf', blocks, null, { pages: pages.length });
  } finally {
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function pageText(document: PdfDocument, number: number): Promise<PdfPageText> {
  try {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, , d, x, y] = item.transform as number[];
      items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || Math.abs(d) });
    }
    const height = page.view[3] - page.view[1];
    page.cleanup();
    return { height, items };
  } catch (error) {
    throw refusalOf(error);
  }
}

/** pdf.js's exceptions as the reasons a user reads. */
function refusalOf(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return refusal('pdf-encrypted', `The PDF is protected by a password: ${message}`);
  if (name === 'AbortError' || name === 'DomainError') return error as Error;
  return refusal('pdf-corrupt', `The PDF cannot be read: ${message}`);
}
