/**
 * Cells and text of the files Duizhao writes for people (annotations, concordances, audits): one place decides
 * how a CSV cell is quoted and how Markdown keeps quoted words as they are.
 */

/** An RFC 4180 cell; a cell a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP, CSV injection). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
