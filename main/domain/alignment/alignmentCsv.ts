import type { AlignmentLevel } from '../../../contract/alignment';
import type { ExportFile } from '../../../contract/annotations';
import type { UiLanguage } from '../../../contract/languages';
import type { DocumentDetail } from '../../../contract/model';
import { csvFile } from '../exportFormats';
import { localText } from '../localText';
import { columnHeading, originLabel } from './alignmentLabels';
import { ALIGNED_SIDES, alignmentFileName, alignmentRows, sideOrigins } from './alignmentRows';

/**
 * A document's alignment as CSV for a spreadsheet (issue 10): Chinese in the
 * first column, English in the second, one record per sentence link or per
 * paragraph, a side with no counterpart an empty cell. The header row names
 * each column with its provenance. A side whose rows differ in provenance (a
 * document translated both ways) gets a provenance column after the two texts,
 * so that every row still says what it is.
 *
 * No preface rows (title, source): the first row is the header and every other
 * row a pair, as spreadsheets' filters and translation tools' CSV import expect;
 * the file is named after the document. Cells are written by exportFormats.ts
 * (BOM, RFC 4180, formula-safe), which a reader undoes exactly.
 */
export function exportAlignmentCsv(document: DocumentDetail, level: AlignmentLevel, language: UiLanguage): ExportFile {
  const t = localText(language);
  const rows = alignmentRows(document, level);
  const origins = sideOrigins(rows);
  const mixed = ALIGNED_SIDES.filter((side) => origins[side] === 'mixed');
  const header = [
    ...ALIGNED_SIDES.map((side) => columnHeading(t, side, origins[side])),
    ...mixed.map((side) => t('alignmentFile.provenanceColumn', { language: t(`textLanguage.${side}`) })),
  ];
  const records = rows.map((row) => [
    ...ALIGNED_SIDES.map((side) => row[side]?.text ?? ''),
    ...mixed.map((side) => {
      const text = row[side];
      return text ? originLabel(t, text.origin) : '';
    }),
  ]);
  return { fileName: alignmentFileName(document, level, 'csv'), mimeType: 'text/csv', content: csvFile([header, ...records]), count: rows.length };
}
