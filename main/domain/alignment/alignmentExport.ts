import type { AlignmentExportFile, AlignmentExportFormat, AlignmentLevel } from '../../../contract/alignment';
import type { UiLanguage } from '../../../contract/languages';
import type { DocumentDetail } from '../../../contract/model';
import { exportAlignmentCsv } from './alignmentCsv';
import { alignmentDocx } from './alignmentDocx';
import { alignmentFileName } from './alignmentRows';
import { exportDocumentTmx } from './documentTmx';

export interface AlignmentExportRequest {
  format: AlignmentExportFormat;
  level: AlignmentLevel;
  language: UiLanguage;
  markLowConfidence?: boolean;
}

export interface AlignmentExportContext {
  appVersion: string;
  generated: Date;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A document's alignment as the file of the chosen format, its bytes as base64 for either transport. */
export async function exportAlignment(document: DocumentDetail, request: AlignmentExportRequest, context: AlignmentExportContext): Promise<AlignmentExportFile> {
  const { format, level, language } = request;
  if (format === 'docx') {
    const { bytes, count } = await alignmentDocx(document, { level, language, markLowConfidence: request.markLowConfidence ?? false, ...context });
    return { fileName: alignmentFileName(document, level, 'docx'), mimeType: DOCX_MIME, contentBase64: Buffer.from(bytes).toString('base64'), count };
  }
  const file = format === 'tmx' ? exportDocumentTmx(document, level, context) : exportAlignmentCsv(document, level, language);
  return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: Buffer.from(file.content, 'utf8').toString('base64'), count: file.count };
}
