/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF, a field quoted
 * when it holds a comma, a double quote, CR or LF, and a quote inside doubled. The text starts
 * with a UTF-8 byte order mark, which is how Excel learns the file is UTF-8; without it Excel
 * reads the Kyrgyz and Russian names as mojibake. Spreadsheet programs that follow the RFC
 * ignore the mark.
 */
export type CsvCell = string | number | null | undefined;

/** U+FEFF, written as the first character; encoded as UTF-8 it becomes EF BB BF. */
export const CSV_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/** Empty for null and undefined; numbers as JavaScript writes them (a point as separator). */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header record, then one record per row; every record ends with CRLF. */
export function toCsv(header: readonly CsvCell[], rows: readonly (readonly CsvCell[])[]): string {
  const records = [header, ...rows].map((record) => record.map(csvField).join(','));
  return `${CSV_BOM}${records.join('\r\n')}\r\n`;
}

/**
 * A file name from readable parts ("Baseline 2026", "heatmap" → "Baseline-2026-heatmap.csv"):
 * letters of any script and digits kept, everything else folded into single hyphens, so the
 * name is valid on Windows, macOS and Linux.
 */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .join(' ')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${base || 'table'}.csv`;
}
