import fs from 'node:fs';
import type { ExportFormat } from '../../contract/annotations';
import type { Backend } from '../../main/domain/backend';
import { writeChunkedFile } from '../../main/domain/exportDownloads';

/** An export of every annotation written to `file` as the browser host serves it: asked for, then streamed. */
export async function writeAnnotationExport(backend: Backend, format: ExportFormat, file: string): Promise<void> {
  const answer = await backend.handlers.exportAnnotationsToFile({ format, language: 'en' });
  if (answer.delivery !== 'download') throw new Error(`Expected a download, got ${answer.delivery}`);
  const download = backend.downloads.take(answer.url.slice('/downloads/'.length));
  if (!download) throw new Error('The download was not there');
  await writeChunkedFile(download, fs.createWriteStream(file));
}
