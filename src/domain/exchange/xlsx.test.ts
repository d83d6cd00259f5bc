import { strFromU8, unzipSync } from 'fflate';
import { codebookWords, sheetInput as input } from './sheet-test-input';
import { roundWorkbook } from './workbook';
import { columnName, toXlsx } from './xlsx';

/** The cells of one worksheet as [ref, type, text] read back with the DOM's XML parser. */
function readSheet(xml: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const cells = new Map<string, string>();
  for (const c of Array.from(doc.getElementsByTagName('c'))) {
    const value = c.getAttribute('t') === 'inlineStr' ? `s:${c.textContent}` : `n:${c.textContent}`;
    cells.set(c.getAttribute('r') ?? '', value);
  }
  return cells;
}

describe('toXlsx', () => {
  it('writes a workbook that reads back: sheet names, Cyrillic text, a score as a number', () => {
    const book = roundWorkbook(input(), codebookWords);
    const files = unzipSync(toXlsx(book));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet3.xml',
      ]),
    );
    const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['long', 'wide', 'codebook']);
    expect(text('[Content_Types].xml')).toContain('/xl/worksheets/sheet3.xml');

    const long = readSheet(text('xl/worksheets/sheet1.xml'));
    expect(long.get('A1')).toBe('s:agency');
    expect(long.get('C2')).toBe('s:Айгүл Асанова');
    // Row 2 is the level item (answer 3 → score 50), row 3 yes/partly/no (yes → 100).
    expect(long.get('G2')).toBe('s:lvl');
    expect(long.get('K2')).toBe('n:50');
    expect(long.get('K3')).toBe('n:100');
    expect(long.get('L2')).toBe('s:Strategy adopted in 2024');

    const codebook = readSheet(text('xl/worksheets/sheet3.xml'));
    expect(codebook.get('F1')).toBe('s:meaning');
    expect(codebook.get('F2')).toBe('s:Agency name');
  });

  it('escapes markup, keeps spaces and drops characters XML cannot carry', () => {
    const files = unzipSync(
      toXlsx([
        {
          name: 'a/b',
          header: ['x'],
          rows: [['<b>&"Ω"</b>'], [' padded '], ['bell\u0007'], ['_x0041_'], [Number.NaN]],
        },
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const cells = readSheet(sheet);
    expect(cells.get('A2')).toBe('s:<b>&"Ω"</b>');
    expect(sheet).toContain('<t xml:space="preserve"> padded </t>');
    expect(cells.get('A4')).toBe('s:bell');
    expect(cells.get('A5')).toBe('s:_x005F_x0041_');
    expect(cells.has('A6')).toBe(false);
    expect(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())).toContain('name="a-b"');
  });
});

it('names columns as spreadsheets do', () => {
  expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
});
