/**
 * Cells and text of the files Duizhao writes for people (annotations, concordances, audits): one place decides
 * how a CSV cell is quoted and how Markdown keeps quoted words as they are.
 */

/**
 * Formula injection (OWASP "CSV injection") neutralised in a way a reader undoes exactly: a cell a spreadsheet would
 * run as a formula (starting with = + - @, tab or CR) is written with a leading apostrophe, and so is a cell that
 * already starts with apostrophes before such a character, so that reading strips exactly one ('=x is written ''=x).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** An RFC 4180 cell, formula-safe; quoted when it holds a quote, comma or line break, or starts or ends with white space. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes csvCell's apostrophe, for a reader of the files Duizhao writes. */
export const unguardCsvCell = (cell: string): string => (FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell);

/** One RFC 4180 record with its line break, for a file written a row at a time. */
export function csvLine(row: readonly string[]): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

/** RFC 4180 CSV with a BOM so spreadsheet programs read the Chinese as UTF-8. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map(csvLine).join('')}`;
}

/** Keeps the quoted words exactly as published when the Markdown is rendered. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}
