import fs from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { SaveExportFile } from '../domain/annotations/annotationExportCalls';
import { writeChunkedFile } from '../domain/exportDownloads';

/**
 * Exports saved from main (issue #14): Electron's save dialog names the file,
 * then the export's chunks are written to it as they are made, so neither the
 * whole file nor its path ever crosses IPC. Written beside the chosen file and
 * renamed over it at the end, a failed export leaves the old file as it was.
 */
export function exportSaver(window: () => BrowserWindow | null): SaveExportFile {
  return async (file) => {
    const owner = window();
    const options: SaveDialogOptions = { defaultPath: file.fileName };
    const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    const partial = `${filePath}.part`;
    try {
      await writeChunkedFile(file, fs.createWriteStream(partial));
      await fs.promises.rename(partial, filePath);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
    return { fileName: path.basename(filePath) };
  };
}
