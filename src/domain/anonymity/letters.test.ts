import { agencyLetters, compareLabels, letterLabel } from './letters';

describe('letterLabel', () => {
  it('counts A … Z, then AA … AZ, BA …, as spreadsheet columns do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterLabel)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('refuses what is not a position', () => {
    expect(() => letterLabel(-1)).toThrow(RangeError);
    expect(() => letterLabel(1.5)).toThrow(RangeError);
  });
});

describe('compareLabels', () => {
  it('sorts labels in the order they were given, Z before AA', () => {
    expect(['AA', 'B', 'Z', 'A', 'AB'].sort(compareLabels)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

describe('agencyLetters', () => {
  it('gives letters in id order, whatever order the agencies come in', () => {
    const ids = ['c9', 'a1', 'b5'];
    const expected = new Map([
      ['a1', 'A'],
      ['b5', 'B'],
      ['c9', 'C'],
    ]);
    expect(agencyLetters(ids)).toEqual(expected);
    expect(agencyLetters([...ids].reverse())).toEqual(expected);
    expect(agencyLetters(['b5', 'c9', 'a1', 'b5'])).toEqual(expected);
  });

  it('compares ids by code unit, not by a language: the same on every device', () => {
    // A collation would put "a2" before "B1"; code units put upper case first.
    expect([...agencyLetters(['a2', 'B1']).entries()]).toEqual([
      ['B1', 'A'],
      ['a2', 'B'],
    ]);
  });

  it('goes on past Z', () => {
    const ids = Array.from({ length: 28 }, (_, i) => `id-${String(i).padStart(2, '0')}`);
    const letters = agencyLetters(ids);
    expect(letters.get('id-25')).toBe('Z');
    expect(letters.get('id-26')).toBe('AA');
    expect(letters.get('id-27')).toBe('AB');
  });
});
