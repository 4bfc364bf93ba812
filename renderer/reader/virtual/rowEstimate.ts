import type { TextLanguage } from '../../../contract/languages';
import type { Segment } from '../../../contract/model';

/** What a row's height depends on before it is measured. */
export interface RowLayout {
  columns: readonly TextLanguage[];
  /** The reading font size, in CSS pixels. */
  fontSize: number;
  /** The width of the rows, in CSS pixels. */
  width: number;
}

const GUTTER = 44;
const COLUMN_GAP = 28;
/** A row's padding and rule, and the origin mark under a reference translation (styles.css .segment, .origin-mark). */
const ROW_CHROME = 25;
const ORIGIN_MARK = 22;

/**
 * A row's height before it is rendered, from its text: lines of the taller side at the column's width, Chinese about
 * one em a character, English about half an em. Only where unmeasured rows are assumed to be, so near is enough: a row
 * takes its measured height once rendered, and the reading place stays put while it does.
 */
export function estimateRowHeight(segment: Segment, layout: RowLayout): number {
  const { columns, fontSize, width } = layout;
  const scale = segment.kind === 'title' ? 1.3 : segment.kind === 'heading' ? 1.1 : 1;
  const size = fontSize * scale;
  const columnWidth = columns.length > 1 ? (width - GUTTER - COLUMN_GAP * columns.length) / columns.length : Math.min(width - GUTTER - COLUMN_GAP, 46 * fontSize);
  let tallest = 0;
  for (const language of columns) {
    const side = segment[language];
    if (!side) continue;
    const perLine = Math.max(1, columnWidth / (size * (language === 'zh' ? 1 : 0.5)));
    const lines = Math.ceil(side.text.length / perLine);
    const lineHeight = size * (language === 'zh' ? 1.9 : 1.75);
    tallest = Math.max(tallest, lines * lineHeight + (side.origin !== 'published' ? ORIGIN_MARK : 0));
  }
  return Math.max(tallest, 64) + ROW_CHROME + (segment.kind === 'heading' ? 8 : 0);
}
