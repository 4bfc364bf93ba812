import type { ImportBlock, ImportFormat, ImportUnit, ParsedBilingual, ParsedFile, ParsedText } from '../importModel';
import type { HtmlContent } from './htmlText';
import { textLanguage } from './language';

/**
 * The first block as the document's title when it is a first-level heading
 * nothing precedes: the row the reader shows as the title, as in the corpus.
 */
export function promoteTitle(blocks: ImportBlock[]): ImportBlock[] {
  const [first, ...rest] = blocks;
  if (first?.kind !== 'heading' || first.level !== 1) return blocks;
  return [{ kind: 'title', level: null, text: first.text }, ...rest];
}

export function parsedText(format: ImportFormat, blocks: ImportBlock[], title: string | null, extra: Partial<ParsedText> = {}): ParsedText {
  const promoted = promoteTitle(blocks);
  const firstTitle = promoted[0]?.kind === 'title' ? promoted[0].text : null;
  return {
    shape: 'text',
    format,
    language: textLanguage(promoted.map((block) => block.text).join('\n')),
    encoding: null,
    title: title ?? firstTitle,
    blocks: promoted,
    pages: null,
    ...extra,
  };
}

/** Rows of a table holding two cells of text, as [left, right]. */
function pairedRows(rows: readonly string[][]): [string, string][] {
  return rows.map((row) => row.filter((cell) => cell.trim() !== '')).filter((cells): cells is [string, string] => cells.length === 2);
}

/**
 * Which column holds the Chinese in a table of two languages, or null when the
 * table is not one: at least two rows, most rows two cells of text, and in most
 * of those the Chinese on the same side and English on the other.
 */
export function chineseColumn(rows: readonly string[][]): 0 | 1 | null {
  const withText = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const pairs = pairedRows(rows);
  if (pairs.length < 2 || pairs.length < withText.length * 0.8) return null;
  let left = 0;
  let right = 0;
  for (const [a, b] of pairs) {
    const languages = `${textLanguage(a)}${textLanguage(b)}`;
    if (languages === 'zhen') left += 1;
    else if (languages === 'enzh') right += 1;
  }
  if (left >= pairs.length * 0.8) return 0;
  if (right >= pairs.length * 0.8) return 1;
  return null;
}

const unit = (kind: ImportUnit['kind'], zh: string | null, en: string | null): ImportUnit => ({ kind, zh, en, props: {}, notes: [] });

/** One text as a unit on the side of its language. */
function oneSided(kind: ImportUnit['kind'], text: string): ImportUnit {
  return textLanguage(text) === 'zh' ? unit(kind, text, null) : unit(kind, null, text);
}

function tableUnits(rows: readonly string[][], column: 0 | 1 | null): ImportUnit[] {
  const units: ImportUnit[] = [];
  for (const row of rows) {
    const cells = row.filter((cell) => cell.trim() !== '');
    if (column !== null && cells.length === 2) units.push(unit('paragraph', cells[column], cells[1 - column]));
    else units.push(...cells.map((cell) => oneSided('paragraph', cell)));
  }
  return units;
}

/**
 * An HTML page (or a Word document, through its HTML) as a parsed file: a page
 * holding a table of Chinese and English columns is bilingual, row by row, and
 * its other text goes on the side of its language; any other page is text.
 */
export function parsedHtml(format: ImportFormat, content: HtmlContent): ParsedFile | null {
  const columns = content.items.map((item) => ('table' in item ? chineseColumn(item.table) : null));
  if (columns.some((column) => column !== null)) {
    const units = content.items.flatMap((item, index): ImportUnit[] =>
      'table' in item ? tableUnits(item.table, columns[index]) : [oneSided(item.block.kind === 'paragraph' ? 'paragraph' : 'heading', item.block.text)],
    );
    const firstHeading = content.items.find((item) => 'block' in item && item.block.kind === 'heading');
    const bilingual: ParsedBilingual = {
      shape: 'bilingual',
      format,
      title: content.title ?? (firstHeading && 'block' in firstHeading ? firstHeading.block.text : null),
      props: {},
      segmentation: 'paragraph',
      units,
    };
    return bilingual;
  }
  const blocks = content.items.flatMap((item): ImportBlock[] =>
    'table' in item ? item.table.flat().flatMap((cell) => cell.split('\n')).filter((cell) => cell !== '').map((text) => ({ kind: 'paragraph', level: null, text })) : [item.block],
  );
  return blocks.length === 0 ? null : parsedText(format, blocks, content.title);
}
