import type { DimensionSpread } from '../statistics/round';
import { fragmentationReading, mostEven } from './reading';
import { fixtureView } from './view-fixture';

describe('fragmentationReading', () => {
  it('names the most uneven and the most even dimension with range, CV and band', () => {
    // x: 0.12, 0.5, 0.88 → mean 0.5, σ = √((0.38² · 2) / 3) ≈ 0.3103, CV ≈ 0.6205 (high).
    // y: 0.4, 0.5, 0.6 → mean 0.5, σ = √(0.02 / 3) ≈ 0.0816, CV ≈ 0.1633 (moderate).
    const view = fixtureView({
      dimensions: ['x', 'y'],
      agencies: [
        { name: 'A', scores: { x: 0.12, y: 0.4 } },
        { name: 'B', scores: { x: 0.5, y: 0.5 } },
        { name: 'C', scores: { x: 0.88, y: 0.6 } },
      ],
    });
    const reading = fragmentationReading(view.statistics);
    expect(reading.kind).toBe('uneven');
    if (reading.kind !== 'uneven') return;
    expect(reading.agencies).toBe(3);
    expect(reading.mostUneven).toMatchObject({ dimensionId: 'x', n: 3, band: 'high' });
    expect(reading.mostUneven.min).toBeCloseTo(0.12, 12);
    expect(reading.mostUneven.max).toBeCloseTo(0.88, 12);
    expect(reading.mostUneven.cv).toBeCloseTo(0.6205, 4);
    expect(reading.mostEven).toMatchObject({ dimensionId: 'y', band: 'moderate' });
    expect(reading.mostEven?.cv).toBeCloseTo(0.1633, 4);
  });

  it('has nothing to compare with fewer than two scored agencies', () => {
    const one = fixtureView({
      dimensions: ['x'],
      agencies: [{ name: 'A', scores: { x: 0.3 } }, { name: 'B' }],
    });
    expect(fragmentationReading(one.statistics)).toEqual({ kind: 'tooFew', agencies: 1 });
    const none = fixtureView({ dimensions: ['x'], agencies: [] });
    expect(fragmentationReading(none.statistics)).toEqual({ kind: 'tooFew', agencies: 0 });
  });

  it('says the agencies are level when no dimension varies', () => {
    const level = fixtureView({
      dimensions: ['x', 'y'],
      agencies: [
        { name: 'A', scores: { x: 0.5, y: 0 } },
        { name: 'B', scores: { x: 0.5, y: 0 } },
      ],
    });
    expect(fragmentationReading(level.statistics)).toEqual({ kind: 'level', agencies: 2 });
  });

  it('names no most even dimension when only one dimension varies or all vary alike', () => {
    const single = fixtureView({
      dimensions: ['x'],
      agencies: [
        { name: 'A', scores: { x: 0.2 } },
        { name: 'B', scores: { x: 0.6 } },
      ],
    });
    const reading = fragmentationReading(single.statistics);
    expect(reading).toMatchObject({ kind: 'uneven', mostUneven: { dimensionId: 'x' } });
    expect(reading.kind === 'uneven' && reading.mostEven).toBeNull();

    const alike = fixtureView({
      dimensions: ['x', 'y'],
      agencies: [
        { name: 'A', scores: { x: 0.2, y: 0.2 } },
        { name: 'B', scores: { x: 0.6, y: 0.6 } },
      ],
    });
    expect(fragmentationReading(alike.statistics)).toMatchObject({
      mostUneven: { dimensionId: 'x' },
      mostEven: null,
    });
  });
});

describe('mostEven', () => {
  const spread = (
    dimensionId: string,
    n: number,
    cv: number | null,
    gini = 0,
  ): DimensionSpread => ({
    dimensionId,
    summary: {
      n,
      mean: 0.5,
      sd: 0,
      cv,
      gini,
      min: 0,
      max: 1,
      range: 1,
      q1: 0,
      median: 0.5,
      q3: 1,
      iqr: 1,
    },
  });

  it('picks the lowest CV, then the lower Gini, then the earlier dimension', () => {
    expect(mostEven([spread('a', 3, 0.4), spread('b', 3, 0.2), spread('c', 3, 0.3)])).toBe('b');
    expect(mostEven([spread('a', 3, 0.2, 0.2), spread('b', 3, 0.2, 0.1)])).toBe('b');
    expect(mostEven([spread('a', 3, 0.2, 0.1), spread('b', 3, 0.1 + 0.1, 0.1)])).toBe('a');
  });

  it('skips dimensions with one score or no CV, and counts a CV of 0', () => {
    expect(mostEven([spread('a', 1, 0), spread('b', 3, null), spread('c', 2, 0.5)])).toBe('c');
    expect(mostEven([spread('a', 2, 0), spread('b', 2, 0.5)])).toBe('a');
    expect(mostEven([{ dimensionId: 'a', summary: null }])).toBeNull();
  });
});
