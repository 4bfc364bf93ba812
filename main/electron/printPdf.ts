import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type PrintToPDFOptions } from 'electron';

/** An in-memory session of its own (no "persist:"): nothing the print window does touches the app's session or the disk. */
export const PRINT_PARTITION = 'duizhao-print';

/**
 * A4, with the page's own @page rules: the export prints its page numbers in
 * @page margin boxes, which Electron's Chromium (≥ 131) lays out, so no header
 * or footer template is needed.
 */
export const PRINT_TO_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateDocumentOutline: true,
};

/** The print session lets through one thing only: the file being printed. */
export function isAllowedPrintRequest(url: string, printing: ReadonlySet<string>): boolean {
  return printing.has(url);
}

/**
 * Electron's printer to PDF for the backend's `pdf` exports. The page is our
 * own export, but its text is corpus and user text: it is loaded in a hidden
 * window with no JavaScript, no preload and no Node, sandboxed, in a session
 * whose every request but the page itself is refused. The HTML goes through a
 * private temporary file (a data: URL would meet Chromium's URL size limit on
 * a large pack); the window and the file are gone afterwards, whatever happened.
 */
export function createPdfPrinter(): (html: string) => Promise<Uint8Array> {
  const printing = new Set<string>();
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedPrintRequest(details.url, printing) });
  });

  return async (html) => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'duizhao-print-'));
    const file = path.join(folder, 'pack.html');
    const url = pathToFileURL(file).href;
    const window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        partition: PRINT_PARTITION,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
      },
    });
    try {
      await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      printing.add(url);
      await window.loadURL(url);
      return new Uint8Array(await window.webContents.printToPDF(PRINT_TO_PDF_OPTIONS));
    } finally {
      printing.delete(url);
      window.destroy();
      await fs.rm(folder, { recursive: true, force: true });
    }
  };
}
