import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Electron, as far as the printer uses it: what it was asked to build, load and print. */
const electron = vi.hoisted(() => {
  const state = {
    windows: [] as { options: Record<string, unknown>; loaded: string[]; destroyed: boolean; printedHtml: string | null; pageAllowed: boolean }[],
    requestFilter: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
    permission: null as null | ((...args: unknown[]) => boolean),
    partition: '',
  };
  class BrowserWindow {
    record: (typeof state.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], destroyed: false, printedHtml: null, pageAllowed: false };
      state.windows.push(this.record);
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
      state.requestFilter!({ url }, (r) => (this.record.pageAllowed = !r.cancel));
      this.record.printedHtml = (await import('node:fs')).readFileSync(new URL(url), 'utf8');
    }
    webContents = { printToPDF: async () => Buffer.from('%PDF-1.7 fake') };
    destroy() {
      this.record.destroyed = true;
    }
  }
  const session = {
    fromPartition: (partition: string) => {
      state.partition = partition;
      return {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (state.permission = handler),
        webRequest: { onBeforeRequest: (_filter: unknown, listener: typeof state.requestFilter) => (state.requestFilter = listener) },
      };
    },
  };
  return { state, BrowserWindow, session };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, session: electron.session }));

const { createPdfPrinter, PRINT_TO_PDF_OPTIONS } = await import('../../../main/electron/printPdf');

const refused = (url: string) => {
  let cancel: boolean | undefined;
  electron.state.requestFilter!({ url }, (r) => (cancel = r.cancel));
  return cancel;
};

describe('printing a pack to PDF in Electron', () => {
  beforeEach(() => {
    electron.state.windows.length = 0;
  });

  it('uses a hidden, sandboxed window with no JavaScript and no preload, in a session of its own', async () => {
    const pdf = await createPdfPrinter()('<p>健康优先</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = electron.state.windows;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ partition: electron.state.partition, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect((window.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    // In memory: not a "persist:" partition, and not the app's default session.
    expect(electron.state.partition).toMatch(/^(?!persist:)\S+$/);
    expect(electron.state.permission!()).toBe(false);
    expect(window.printedHtml).toBe('<p>健康优先</p>');
  });

  it('lets the print session load the page being printed and nothing else, and leaves neither window nor file behind', async () => {
    await createPdfPrinter()('<p>x</p>');
    const [window] = electron.state.windows;
    expect(window.pageAllowed).toBe(true);
    const page = window.loaded[0];
    expect(page).toMatch(/^file:.*duizhao-print-.*\/pack\.html$/);
    expect(window.destroyed).toBe(true);
    expect(fs.existsSync(fileURLToPath(page))).toBe(false);
    // Once printed, even the page itself is refused; the network and the disk always were.
    const afterwards = ['https://example.org/x.png', 'file:///etc/passwd', page, 'data:text/html,hi'].map((url) => refused(url) ?? false);
    expect(afterwards).toEqual([true, true, true, true]);
  });

  it('prints A4 with the page’s own @page rules, where its page numbers are', () => {
    expect(PRINT_TO_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true });
  });
});
