import { band, STAGE_NAMES, stage, toPercent } from './bands';

describe('band', () => {
  it.each([
    [0, 'D'],
    [0.2499, 'D'],
    [0.25, 'C'],
    [0.4999, 'C'],
    [0.5, 'B'],
    [0.7499, 'B'],
    [0.75, 'A'],
    [1, 'A'],
  ] as const)('%f → %s', (score, expected) => {
    expect(band(score)).toBe(expected);
  });

  it('reads 0.7499999999 as 0.75: floating noise below 9 decimals does not drop a band', () => {
    expect(band(0.7499999999)).toBe('A');
    // 0.749999999 (9 decimals) is a real difference and stays below.
    expect(band(0.749999999)).toBe('B');
  });
});

describe('stage', () => {
  // stage = min(5, floor(1 + 4·score))
  it.each([
    [0, 1],
    [0.2499, 1], // floor(1.9996)
    [0.25, 2],
    [0.4999, 2],
    [0.5, 3],
    [0.7499, 3],
    [0.75, 4],
    [0.9999, 4], // floor(4.9996)
    [1, 5], // floor(5) = 5, and min(5, ·) caps it
  ] as const)('%f → %i', (score, expected) => {
    expect(stage(score)).toBe(expected);
  });

  it('reads 0.7499999999 as 0.75 → stage 4', () => {
    expect(stage(0.7499999999)).toBe(4);
  });

  it('holds scores outside [0, 1] to the nearest end', () => {
    expect(stage(-0.1)).toBe(1);
    expect(stage(1.2)).toBe(5);
  });
});

describe('STAGE_NAMES', () => {
  it('gives a stable key per stage, Basic … Transformational', () => {
    expect(STAGE_NAMES).toEqual({
      1: 'basic',
      2: 'opportunistic',
      3: 'systematic',
      4: 'differentiating',
      5: 'transformational',
    });
    expect(STAGE_NAMES[stage(0.625)]).toBe('systematic');
  });
});

describe('toPercent', () => {
  it.each([
    [0, 0],
    [0.625, 62.5],
    [2 / 3, 66.7],
    [0.12345, 12.3],
    [0.7499999999, 75],
    [1, 100],
  ])('%f → %f', (score, expected) => {
    expect(toPercent(score)).toBe(expected);
  });
});
