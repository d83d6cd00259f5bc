import { cvBand, imbalance } from './bands';

describe('cvBand (heuristic)', () => {
  it('cuts at 0.15 and 0.30, both in moderate', () => {
    expect(cvBand(0)).toBe('low');
    expect(cvBand(0.1499)).toBe('low');
    expect(cvBand(0.15)).toBe('moderate');
    expect(cvBand(0.3)).toBe('moderate');
    expect(cvBand(0.3001)).toBe('high');
    expect(cvBand(2)).toBe('high');
    expect(cvBand(null)).toBeNull();
  });

  it('reads float noise at a cut-off as the cut-off', () => {
    // 0.1 + 0.2 = 0.30000000000000004 is 0.3 on paper: moderate, not high
    expect(cvBand(0.1 + 0.2)).toBe('moderate');
    // 0.45 − 0.3 = 0.15000000000000002, and 0.15 − 1e-17 rounds to 0.15: moderate
    expect(cvBand(0.45 - 0.3)).toBe('moderate');
  });
});

describe('imbalance', () => {
  it('is the population SD of the non-null dimension scores', () => {
    // [0.25, null, 0.75]: μ = 0.5; σ = √((0.0625 + 0.0625) / 2) = 0.25
    expect(imbalance([0.25, null, 0.75])).toBe(0.25);
    // [0.2, 0.4, 0.6, 0.8]: σ = √0.05 ≈ 0.2236 (see describe.test)
    expect(imbalance([0.2, 0.4, 0.6, 0.8])).toBeCloseTo(Math.sqrt(0.05), 12);
    // all equal: no imbalance
    expect(imbalance([0.5, 0.5, null])).toBe(0);
  });

  it('is null with fewer than two scores', () => {
    expect(imbalance([])).toBeNull();
    expect(imbalance([0.5])).toBeNull();
    expect(imbalance([null, 0.5, null])).toBeNull();
  });
});
