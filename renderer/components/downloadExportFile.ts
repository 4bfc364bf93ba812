import type { ExportFile } from '../../contract/annotations';

/**
 * Hands a file the app made to the browser as a download. In Electron the
 * session lets through only such blob: URLs of the app's own origin and asks
 * where to save them (main/electron/hardening.ts).
 */
export function downloadExportFile(file: ExportFile): void {
  downloadBlob(file.fileName, new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
}

/** The same for a binary file the contract carries as base64 (a backup). */
export function downloadBase64File(fileName: string, mimeType: string, contentBase64: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** A file the browser host writes as it makes it, at a one-time address of its own: saved as it arrives. */
export function downloadFromHost(url: string, fileName: string): void {
  clickDownload(url, fileName);
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function clickDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}
