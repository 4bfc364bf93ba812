import {
  AlignmentType,
  Footer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import type { TextLanguage } from '../../contract/languages';

/**
 * The parts every Word document Duizhao writes is made of (a briefing pack, a
 * bilingual alignment table): one page, one pair of fonts, one table cell, so
 * that the files look alike and a font choice is made in one place.
 */

/** Twips: A4 with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
export const HALF = Math.floor(TEXT_WIDTH / 2);

/** SimSun is on every Chinese Windows and LibreOffice maps it to its CJK serif; the English in Times New Roman. */
export const FONTS = {
  zh: { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun', cs: 'SimSun', hint: 'eastAsia' },
  en: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' },
} as const;
const LANGUAGE = { value: 'en-GB', eastAsia: 'zh-CN' } as const;

/** The document's default run: Times New Roman 11 pt, British English with Chinese as its East Asian language. */
export const DEFAULT_STYLES = { default: { document: { run: { font: FONTS.en, size: 22, language: LANGUAGE } } } };

/** A4 with 2 cm margins and "page / pages" centred at the foot. */
export const PAGE: Pick<ISectionOptions, 'properties' | 'footers'> = {
  properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
  footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] }) },
};

export const latin = (text: string, options: IRunOptions = {}) => new TextRun({ ...options, text, font: FONTS.en });

/** A run of text in the language it is written in, its line breaks kept. */
export function run(text: string, language: TextLanguage, options: IRunOptions = {}): TextRun {
  const lines = text.split(/\r?\n/);
  return new TextRun({ ...options, font: FONTS[language], language: LANGUAGE, children: lines.flatMap((line, i) => (i ? [new TextRun({ break: 1 }), line] : [line])) as never });
}

/**
 * Labels, review notes and the user's own words, often both scripts in one line: the Latin font for Latin letters and
 * the CJK one (the East Asian slot of the same run) for Chinese, so neither is set in the other's font.
 */
export const words = (text: string, options: IRunOptions = {}) => run(text, 'en', options);

/** A shaded paragraph, for legends. */
export const legendParagraph = (text: string) => new Paragraph({ shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' }, children: [words(text, { size: 18 })] });

/** A cell of a two-column table, spanning one or both columns, shaded with `fill` (hex) if given. */
export const cell = (children: Paragraph[], columnSpan = 1, fill?: string) =>
  new TableCell({
    columnSpan,
    width: { size: HALF * columnSpan, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    children,
  });

/** Two columns of equal width across the text, which Word keeps as they are whatever the text. */
export function fixedTable(rows: TableRow[]): Table {
  return new Table({ layout: TableLayoutType.FIXED, width: { size: HALF * 2, type: WidthType.DXA }, columnWidths: [HALF, HALF], rows });
}
