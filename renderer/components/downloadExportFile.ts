import type { ExportFile } from '../../contract/annotations';

/**
 * Hands a file the app made to the browser as a download. In Electron the
 * session lets through only such blob: URLs of the app's own origin and asks
 * where to save them (main/electron/hardening.ts).
 */
export function downloadExportFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
