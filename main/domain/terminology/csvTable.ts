import { fault } from './termbaseFile';

/**
 * The rows of a CSV text (BOM already removed), as exportFormats.ts writes them or a spreadsheet saves them. The delimiter is the comma, or,
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
