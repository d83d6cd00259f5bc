import { toCsv } from '../round/csv';
import { fixtureContent } from './fixture';
import { sheetInput as input } from './sheet-test-input';
import { answerCode, LONG_HEADER, longSheet, roundSheetInput, wideSheet } from './spreadsheet';

describe('longSheet', () => {
  it('gives one row per agency × item with codes, labels, score and note', () => {
    const sheet = longSheet(input());
    const q = fixtureContent().questionnaires[0];
    const itemCount = q?.dimensions.reduce((n, d) => n + d.items.length, 0) ?? 0;
    expect(sheet.header).toEqual(LONG_HEADER);
    expect(sheet.rows).toHaveLength(itemCount);
    const ypn = sheet.rows.find((row) => row[6] === 'ypn');
    expect(ypn?.slice(0, 4)).toEqual([
      'Ministry of Digital Development',
      'Round 2025',
      'Айгүл Асанова',
      'role:itUnit',
    ]);
    expect(ypn?.slice(8, 11)).toEqual(['yes', 'Yes', 100]);
    const na = sheet.rows.find((row) => row[6] === 'cho');
    expect(na?.slice(8, 11)).toEqual(['na', 'Not applicable', null]);
    const level = sheet.rows.find((row) => row[6] === 'lvl');
    expect(level?.[10]).toBe(50);
    expect(level?.[11]).toBe('Strategy adopted in 2024');
  });

  it('writes CSV that Excel reads as UTF-8: BOM, CRLF and quoted fields', () => {
    const { header, rows } = longSheet(input());
    const csv = toCsv(header, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('Айгүл Асанова');
  });
});

describe('wideSheet', () => {
  it('gives one row per agency with dimension scores, overall, band and stage', () => {
    const sheet = wideSheet(input());
    expect(sheet.header.slice(-3)).toEqual(['overall', 'band', 'stage']);
    expect(sheet.rows).toHaveLength(1);
    const row = sheet.rows[0] ?? [];
    const overall = row[row.length - 3];
    expect(typeof overall).toBe('number');
    expect(['A', 'B', 'C', 'D']).toContain(row[row.length - 2]);
  });
});

it('codes answers by kind', () => {
  expect(answerCode(undefined)).toBe('');
  expect(answerCode({ kind: 'dk' })).toBe('dk');
  expect(answerCode({ kind: 'value', value: 3 })).toBe('3');
});

describe('roundSheetInput', () => {
  it('takes the named round of the content with every questionnaire by id@version', () => {
    const built = input();
    expect(built.round).toEqual(fixtureContent().rounds[0]);
    expect([...built.questionnaires.keys()]).toEqual(
      fixtureContent().questionnaires.map((q) => `${q.id}@${q.version}`),
    );
    expect(roundSheetInput(fixtureContent(), 'no-such-round', 'en', built.words)).toBeNull();
  });
});
