import { fault } from './termbaseFile';

/**
 * RFC 4180 tables for spreadsheets, both ways, with formula injection
 * neutralised in a way the reader undoes exactly:
 *  - a cell a spreadsheet would run as a formula (starting with = + - @, tab
 *    or CR; OWASP "CSV injection") is written with a leading apostrophe;
 *  - so is a cell that already starts with apostrophes before such a
 *    character, so that reading strips exactly one apostrophe and gets the
 *    original back ('=x is written ''=x).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function formatCsv(rows: readonly (readonly string[])[]): string {
  // The BOM makes Excel read UTF-8; CRLF is RFC 4180's line end.
  return `\uFEFF${rows.map((row) => row.map(formatCell).join(',')).join('\r\n')}\r\n`;
}

function formatCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes formatCell's apostrophe. */
export const unguardCell = (cell: string): string => (FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell);

/**
 * The rows of a CSV text (BOM already removed). The delimiter is the comma, or,
 * when the header row holds none, the semicolon or tab that spreadsheets of
 * some locales write. A row's number is its record's, counted from 1 (the
 * header), as a spreadsheet shows it, even when a quoted cell spans lines.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      const start = i;
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw fault('malformed-csv', { row: rows.length + 1 }, `A quoted cell of row ${rows.length + 1} is never closed (it starts at character ${start})`);
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i += 1;
      }
      if (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        throw fault('malformed-csv', { row: rows.length + 1 }, `Text after a closing quote in row ${rows.length + 1}`);
      }
    } else {
      const end = nextBreak(text, i, delimiter);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    rows.push(row);
    row = [];
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    if (i >= text.length) break;
  }
  return rows;
}

function nextBreak(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === delimiter || c === '\r' || c === '\n') return i;
  }
  return text.length;
}
