import { codebookSheet, CODEBOOK_HEADER } from './codebook';
import { codebookWords, sheetInput as input } from './sheet-test-input';
import { LONG_HEADER } from './spreadsheet';
import { roundWorkbook } from './workbook';

describe('codebookSheet', () => {
  it('explains every column of the long and the wide form', () => {
    const { header, rows } = codebookSheet(input(), codebookWords);
    expect(header).toEqual(CODEBOOK_HEADER);
    const columns = rows.filter((r) => r[1] === '' && r[3] === '').map((r) => r[0]);
    expect(columns).toEqual([
      ...LONG_HEADER,
      'status',
      'strategy',
      'services',
      'overall',
      'band',
      'stage',
    ]);
    expect(rows[0]).toEqual(['agency', '', '', '', '', 'Agency name']);
    expect(rows.find((r) => r[0] === 'services' && r[3] === '')).toEqual([
      'services',
      '',
      'services',
      '',
      '',
      'Score 0–100: Services',
    ]);
  });

  it('gives every item with its dimension, type, text and value codes in the chosen language', () => {
    const { rows } = codebookSheet(input('ru'), codebookWords);
    const of = (id: string) => rows.filter((r) => r[0] === id);
    expect(of('lvl')).toHaveLength(6);
    expect(of('lvl')[0]).toEqual([
      'lvl',
      '',
      'strategy',
      'level',
      'core@1.0.0',
      'How mature is it? (ru)',
    ]);
    expect(of('lvl')[3]).toEqual([
      'lvl',
      '3',
      'strategy',
      'level',
      'core@1.0.0',
      'Level 3 (ru): What level 3 looks like (ru)',
    ]);
    expect(of('ypn').map((r) => [r[1], r[5]])).toEqual([
      ['', 'Is there a strategy? (ru)'],
      ['yes', 'Yes'],
      ['partial', 'Partly'],
      ['no', 'No'],
    ]);
    expect(
      of('cho')
        .slice(1)
        .map((r) => [r[1], r[5]]),
    ).toEqual([
      ['nobody', 'Nobody (ru)'],
      ['unit', 'A unit (ru)'],
    ]);
    expect(of('pct')[1]?.slice(1)).toEqual([
      '0–100',
      'strategy',
      'percentage',
      'core@1.0.0',
      'A percentage',
    ]);
    expect(of('num')[1]?.[1]).toBe('0–1000');
    expect(of('txt')).toHaveLength(1);
    expect(of('follow-up')[0]?.[2]).toBe('services');
  });

  it('explains the codes shared by every row: not applicable, don’t know, status, band, stage, item type', () => {
    const { rows } = codebookSheet(input(), codebookWords);
    const pairs = rows.filter((r) => r[1] !== '' && r[3] === '').map((r) => `${r[0]}=${r[1]}`);
    expect(pairs).toEqual([
      'answer_code=na',
      'answer_code=dk',
      'status=draft',
      'status=submitted',
      'band=A',
      'band=B',
      'band=C',
      'band=D',
      'stage=1',
      'stage=2',
      'stage=3',
      'stage=4',
      'stage=5',
      'item_type=level',
      'item_type=yesPartialNo',
      'item_type=percentage',
      'item_type=choice',
      'item_type=number',
      'item_type=text',
    ]);
  });
});

describe('roundWorkbook', () => {
  it('holds the long and wide forms as the CSV downloads have them, and the codebook', () => {
    const book = roundWorkbook(input(), codebookWords);
    expect(book.map((s) => s.name)).toEqual(['long', 'wide', 'codebook']);
    expect(book[0]?.header).toEqual([...LONG_HEADER]);
    expect(book[0]?.rows).toHaveLength(7);
    expect(book[1]?.rows).toHaveLength(1);
  });
});
