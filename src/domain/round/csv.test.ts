import { CSV_BOM, csvField, csvFileName, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Ministry of Justice')).toBe('Ministry of Justice');
    expect(csvField(62.5)).toBe('62.5');
    expect(csvField(0)).toBe('0');
  });

  it('writes nothing for missing values and non-finite numbers', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(csvField('Economy, Finance')).toBe('"Economy, Finance"');
    expect(csvField('the "Tunduk" layer')).toBe('"the ""Tunduk"" layer"');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('does not quote semicolons, tabs or leading spaces, which RFC 4180 leaves alone', () => {
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField(' x ')).toBe(' x ');
  });
});

describe('toCsv', () => {
  it('starts with the BOM, separates by commas and ends every record with CRLF', () => {
    expect(
      toCsv(
        ['Agency', 'Score'],
        [
          ['MDD', 62.5],
          ['Justice', null],
        ],
      ),
    ).toBe(`${CSV_BOM}Agency,Score\r\nMDD,62.5\r\nJustice,\r\n`);
  });

  it('keeps Cyrillic and Kyrgyz letters as they are, after a UTF-8 BOM', () => {
    const csv = toCsv(['Мекеме'], [['Санариптик өнүктүрүү министрлиги, ң ө ү']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(`${CSV_BOM}Мекеме\r\n"Санариптик өнүктүрүү министрлиги, ң ө ү"\r\n`);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });

  it('round-trips a field with a quote, a comma and a newline', () => {
    const csv = toCsv(['x'], [['He said "yes",\nthen left']]);
    expect(csv).toBe(`${CSV_BOM}x\r\n"He said ""yes"",\nthen left"\r\n`);
  });
});

describe('csvFileName', () => {
  it('keeps letters of any script and digits, folding the rest into hyphens', () => {
    expect(csvFileName('Baseline 2026', 'heatmap')).toBe('Baseline-2026-heatmap.csv');
    expect(csvFileName('Базалык баа: 2026/1', 'gaps')).toBe('Базалык-баа-2026-1-gaps.csv');
    expect(csvFileName('  "Round" <A>?  ')).toBe('Round-A.csv');
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(csvFileName('***')).toBe('table.csv');
  });
});
