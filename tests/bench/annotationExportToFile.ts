import fs from 'node:fs';
import type { ExportFormat } from '../../contract/annotations';
import type { Backend } from '../../main/domain/backend';

/** An export of every annotation written to `file` as the app writes one. */
export async function writeAnnotationExport(backend: Backend, format: ExportFormat, file: string): Promise<void> {
  const exported = await backend.handlers.exportAnnotations({ format, language: 'en' });
  fs.writeFileSync(file, exported.content);
}
