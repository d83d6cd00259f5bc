/**
 * Writes sheets of plain cells as an Office Open XML workbook (.xlsx): the few parts Excel and
 * LibreOffice need, strings inline (UTF-8, so Cyrillic survives as it is), numbers as numbers,
 * the header row bold and frozen. Loaded only when a workbook is downloaded (its own chunk).
 *
 * Zipped with fflate's synchronous `zipSync`: the asynchronous zip (and write-excel-file, which
 * uses it) compresses parts over 160 kB in a Worker made from a blob: URL, which the app's
 * Content-Security-Policy (`worker-src 'self'`) refuses.
 */
import { strToU8, zipSync } from 'fflate';
import type { CsvCell } from '../round/csv';
import type { NamedSheet } from './workbook';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32767;

export function toXlsx(sheets: readonly NamedSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(sheets.length)),
    '_rels/.rels': strToU8(
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(workbook(sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets.length)),
    'xl/styles.xml': strToU8(STYLES),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheet(sheet));
  });
  return zipSync(files, { level: 6 });
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${sheets}</Types>`
  );
}

function workbook(sheets: readonly NamedSheet[]): string {
  const list = sheets
    .map(
      (s, i) =>
        `<sheet name="${escape(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${list}</sheets></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const styles = `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets}${styles}</Relationships>`;
}

/** Style 0 is plain, style 1 bold (the header row). */
const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function worksheet(sheet: NamedSheet): string {
  const parts: string[] = [
    `${HEAD}<worksheet xmlns="${MAIN}">`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    columnWidths(sheet),
    '<sheetData>',
    row(1, sheet.header, 1),
  ];
  sheet.rows.forEach((cells, index) => parts.push(row(index + 2, cells, 0)));
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

function row(number: number, cells: readonly CsvCell[], style: 0 | 1): string {
  const s = style ? ' s="1"' : '';
  let xml = `<row r="${number}">`;
  cells.forEach((value, index) => {
    if (value === null || value === undefined || value === '') return;
    const ref = `${columnName(index)}${number}`;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
      return;
    }
    const text = escape(cellText(value));
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    xml += `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  });
  return `${xml}</row>`;
}

/** Wide enough for the longest of the first rows' texts, within 8–60 characters. */
function columnWidths(sheet: NamedSheet): string {
  const widths = sheet.header.map((cell, index) => {
    let longest = String(cell).length;
    for (const cells of sheet.rows.slice(0, 200)) {
      longest = Math.max(longest, String(cells[index] ?? '').length);
    }
    return Math.min(60, Math.max(8, longest + 2));
  });
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * Characters XML 1.0 cannot carry are dropped, and a literal `_x0041_` is escaped, because
 * Excel would otherwise read it as the character it encodes.
 */
function cellText(value: string): string {
  return value
    .slice(0, MAX_CELL_TEXT)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Excel refuses names over 31 characters or holding any of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';
}

/** A file name like the CSV ones ("Round 2025" → "Round-2025.xlsx"). */
export function xlsxFileName(csvName: string): string {
  return csvName.replace(/\.csv$/, '.xlsx');
}
