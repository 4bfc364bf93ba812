import { Document, HeadingLevel, Packer, Paragraph, TableRow } from 'docx';
import { LOW_CONFIDENCE, type AlignmentLevel } from '../../../contract/alignment';
import type { TextLanguage, UiLanguage } from '../../../contract/languages';
import type { DocumentDetail, TextOrigin } from '../../../contract/model';
import { cell, DEFAULT_STYLES, fixedTable, legendParagraph, PAGE, run, words } from '../docxParts';
import { formatDay, localText } from '../localText';
import { columnHeading, ORIGIN_LABELS, originLabel } from './alignmentLabels';
import { ALIGNED_SIDES, alignmentRows, sideOrigins, type AlignmentRow } from './alignmentRows';

export interface AlignmentDocxOptions {
  level: AlignmentLevel;
  language: UiLanguage;
  /** Shade the rows whose link is under LOW_CONFIDENCE, with a legend. */
  markLowConfidence: boolean;
  appVersion: string;
  generated: Date;
}

/** The shade of a link to check: a pale amber that prints as a light grey. */
const CHECK_FILL = 'FFF2CC';

/**
 * A document's alignment as a Word table (issue 10): the title, issuer,
 * number, dates and source above; a legend of what each provenance means; then
 * one 中文 | English row per sentence link or per paragraph, the header row
 * (each column's language and provenance) repeated on every page. A side whose
 * rows differ in provenance says it in each cell instead. Fonts and page are
 * the briefing pack's (docxParts.ts).
 */
export async function alignmentDocx(document: DocumentDetail, options: AlignmentDocxOptions): Promise<{ bytes: Uint8Array; count: number }> {
  const t = localText(options.language);
  const rows = alignmentRows(document, options.level);
  const origins = sideOrigins(rows);
  const toCheck = (row: AlignmentRow) => options.markLowConfidence && row.confidence !== null && row.confidence < LOW_CONFIDENCE;
  const header = new TableRow({
    tableHeader: true,
    children: ALIGNED_SIDES.map((side) =>
      cell([
        new Paragraph({ children: [words(t(`textLanguage.${side}`), { bold: true })] }),
        new Paragraph({ children: [words(columnHeading(t, side, origins[side]), { italics: true, size: 18 })] }),
      ]),
    ),
  });
  const body = rows.map((row) => {
    const heading = row.segments[0].kind === 'title' || row.segments[0].kind === 'heading';
    const fill = toCheck(row) ? CHECK_FILL : undefined;
    return new TableRow({
      cantSplit: true,
      children: ALIGNED_SIDES.map((side) => {
        const text = row[side];
        const paragraphs = [new Paragraph({ children: [text ? run(text.text, side, { bold: heading }) : words('—')] })];
        if (text && origins[side] === 'mixed') paragraphs.push(smallLine(originLabel(t, text.origin)));
        if (fill && side === 'zh') paragraphs.push(smallLine(t('alignmentFile.toCheck', { percent: Math.round(row.confidence! * 100) })));
        return cell(paragraphs, 1, fill);
      }),
    });
  });
  const used = new Set(rows.flatMap((row) => ALIGNED_SIDES.flatMap((side) => (row[side] ? [row[side]!.origin] : []))));
  const legend = [
    ...(Object.keys(ORIGIN_LABELS) as TextOrigin[]).filter((origin) => used.has(origin)).map((origin) => t(ORIGIN_LABELS[origin].legend)),
    t('export.chineseScript'),
    ...(options.markLowConfidence ? [t('alignmentFile.legendToCheck', { percent: Math.round(LOW_CONFIDENCE * 100) })] : []),
  ];
  const file = new Document({
    creator: 'Duizhao',
    title: document.title.zh ?? document.title.en ?? document.id,
    styles: DEFAULT_STYLES,
    sections: [{ ...PAGE, children: [...front(document, rows.length, options), ...legend.map(legendParagraph), new Paragraph({}), fixedTable([header, ...body])] }],
  });
  return { bytes: await Packer.toBuffer(file), count: rows.length };
}

const smallLine = (text: string) => new Paragraph({ children: [words(text, { italics: true, size: 18 })] });

/** The titles in both languages, then the facts a reader cites the document by. */
function front(document: DocumentDetail, count: number, options: AlignmentDocxOptions): Paragraph[] {
  const t = localText(options.language);
  const titles = (['zh', 'en'] as TextLanguage[]).flatMap((side) => {
    const title = document.title[side];
    return title ? [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(title, side)] })] : [];
  });
  const both = (value: { zh: string | null; en: string | null }) => [value.zh, value.en].filter((v): v is string => v !== null).join(' / ');
  const facts: [string, string][] = [
    [t('alignmentFile.issuer'), both(document.issuer)],
    [t('alignmentFile.documentNumber'), both(document.documentNumber)],
    [t('alignmentFile.issuedOn'), document.issuedOn ? formatDay(document.issuedOn, options.language) : ''],
    [t('alignmentFile.publishedOn'), document.publishedOn ? formatDay(document.publishedOn, options.language) : ''],
    [t('alignmentFile.source'), document.sourceUrl ?? ''],
    [t('alignmentFile.rows'), t(`alignmentFile.level.${options.level}`, { count })],
    [t('alignmentFile.generated'), t('packExport.generatedValue', { date: options.generated.toISOString().slice(0, 16).replace('T', ' '), version: options.appVersion })],
  ];
  return [
    ...titles,
    ...facts.filter(([, value]) => value !== '').map(([label, value]) => new Paragraph({ children: [words(`${label} `, { bold: true }), words(value)] })),
  ];
}
