import type { CitationStyle } from '../../../contract/briefing';
import type { UiLanguage } from '../../../contract/languages';
import type { Pack, PackCheck, PackExportFile, PackExportOptions } from '../../../contract/packs';
import { DomainError } from '../errors';
import { packDocx } from './packDocx';
import { buildPackExportModel, needsConfirmation, type PackExportContext } from './packExportModel';
import { packHtml } from './packHtml';
import { packMarkdown } from './packMarkdown';

export type { PackExportContext } from './packExportModel';

/** Prints a self-contained HTML page to PDF (Electron's printToPDF); absent where there is no printer (the browser host). */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

export interface PackExportRequest {
  pack: Pack;
  /** The pack checked against today's corpus, just before the export. */
  check: PackCheck;
  /** The style resolved by the caller (the one asked for, else the user's). */
  options: PackExportOptions & { language: UiLanguage; style: CitationStyle };
  context: PackExportContext;
  printPdf?: PrintPdf;
}

/**
 * One pack as a file (issue #12). Nothing is exported silently with a changed
 * quote: a pack with changed or gone cards is refused unless the user
 * confirmed, and then those cards are marked in the file and counted.
 */
export async function exportPackFile({ pack, check, options, context, printPdf }: PackExportRequest): Promise<PackExportFile> {
  const unconfirmed = check.checks.filter((c) => needsConfirmation(c.status));
  if (unconfirmed.length && !options.confirmChanged) {
    throw new DomainError('pack-quotes-changed', `${unconfirmed.length} quotes changed or are gone since they were quoted`);
  }
  const model = buildPackExportModel({ pack, check, layout: options.layout, style: options.style, language: options.language, context });
  const file = (extension: string, mimeType: string, bytes: Uint8Array): PackExportFile => ({
    fileName: `${fileStem(pack.title, context.now)}-${options.layout}.${extension}`,
    mimeType,
    contentBase64: Buffer.from(bytes).toString('base64'),
    cardCount: model.cardCount,
    flaggedCount: model.flaggedCount,
  });
  const utf8 = (text: string) => new TextEncoder().encode(text);
  switch (options.format) {
    case 'markdown':
      return file('md', 'text/markdown', utf8(packMarkdown(model)));
    case 'html':
      return file('html', 'text/html', utf8(packHtml(model)));
    case 'docx':
      return file('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await packDocx(model));
    case 'pdf':
      if (!printPdf) throw new DomainError('pdf-unavailable', 'No printer to PDF here: print the HTML export instead');
      return file('pdf', 'application/pdf', await printPdf(packHtml(model)));
  }
}

/** A file name from the pack's title that every file system takes, Chinese kept; the day it was made after it. */
export function fileStem(title: string, now: Date): string {
  const safe = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${safe || 'briefing-pack'}-${now.toISOString().slice(0, 10)}`;
}
