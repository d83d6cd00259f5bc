import { describe as summarise, quantile } from './describe';

/** The definition, O(n²): ΣᵢΣⱼ|xᵢ − xⱼ| / (2n²μ). */
function giniByDefinition(values: readonly number[]): number {
  const n = values.length;
  const mean = values.reduce((s, x) => s + x, 0) / n;
  let sum = 0;
  for (const a of values) for (const b of values) sum += Math.abs(a - b);
  return sum / (2 * n * n * mean);
}

/** mulberry32: a small seeded generator, so the random test is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('describe', () => {
  it('returns null for no values', () => {
    expect(summarise([])).toBeNull();
    expect(summarise([], 0.5)).toBeNull();
  });

  it('works out a hand example', () => {
    // [0.2, 0.4, 0.6, 0.8]: μ = 2 / 4 = 0.5
    // deviations −0.3, −0.1, 0.1, 0.3 → squares 0.09 + 0.01 + 0.01 + 0.09 = 0.2; σ² = 0.2 / 4 = 0.05
    // σ = √0.05 ≈ 0.2236068; CV = 0.2236068 / 0.5 ≈ 0.4472136
    // Gini: Σ(2i − n − 1)x₍ᵢ₎ = −3·0.2 − 1·0.4 + 1·0.6 + 3·0.8 = 2; G = 2 / (16 · 0.5) = 0.25
    // type 7: q1 at h = 3·0.25 = 0.75 → 0.2 + 0.75·0.2 = 0.35; median at h = 1.5 → 0.5;
    // q3 at h = 2.25 → 0.6 + 0.25·0.2 = 0.65; iqr = 0.3
    const s = summarise([0.8, 0.2, 0.6, 0.4]);
    expect(s).not.toBeNull();
    if (!s) return;
    expect(s.n).toBe(4);
    expect(s.mean).toBeCloseTo(0.5, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(s.sd).toBeCloseTo(0.2236068, 7);
    expect(s.cv).toBeCloseTo(0.4472136, 7);
    expect(s.gini).toBeCloseTo(0.25, 12);
    expect(s).toMatchObject({ min: 0.2, max: 0.8 });
    expect(s.range).toBeCloseTo(0.6, 12);
    expect(s.q1).toBeCloseTo(0.35, 12);
    expect(s.median).toBeCloseTo(0.5, 12);
    expect(s.q3).toBeCloseTo(0.65, 12);
    expect(s.iqr).toBeCloseTo(0.3, 12);
    expect(s).not.toHaveProperty('shareBelowTarget');
  });

  it('handles one value', () => {
    // n = 1: σ = 0, CV = 0 / 0.7 = 0, G = 0, every quartile is the value
    expect(summarise([0.7])).toEqual({
      n: 1,
      mean: 0.7,
      sd: 0,
      cv: 0,
      gini: 0,
      min: 0.7,
      max: 0.7,
      range: 0,
      q1: 0.7,
      median: 0.7,
      q3: 0.7,
      iqr: 0,
    });
  });

  it('gives exact zeros when all values are equal', () => {
    // summing 0.1 three times gives 0.30000000000000004; the mean must still be 0.1 and σ 0
    expect(summarise([0.1, 0.1, 0.1])).toMatchObject({ mean: 0.1, sd: 0, cv: 0, gini: 0, iqr: 0 });
  });

  it('has no CV when the mean is 0, but a Gini of 0', () => {
    expect(summarise([0, 0, 0])).toMatchObject({ mean: 0, sd: 0, cv: null, gini: 0, range: 0 });
  });

  it('has no Gini when the mean is 0 and the values differ (negative values only)', () => {
    expect(summarise([-1, 1])).toMatchObject({ mean: 0, sd: 1, cv: null, gini: null });
  });

  it('handles two values', () => {
    // [0, 1]: μ = 0.5, σ = √((0.25 + 0.25) / 2) = 0.5, CV = 1
    // G = (|0 − 1| + |1 − 0|) / (2 · 4 · 0.5) = 2 / 4 = 0.5
    // type 7: q1 at h = 0.25 → 0.25, median 0.5, q3 at h = 0.75 → 0.75
    expect(summarise([1, 0])).toEqual({
      n: 2,
      mean: 0.5,
      sd: 0.5,
      cv: 1,
      gini: 0.5,
      min: 0,
      max: 1,
      range: 1,
      q1: 0.25,
      median: 0.5,
      q3: 0.75,
      iqr: 0.5,
    });
  });

  it('counts the share of values below the target', () => {
    const values = [0.2, 0.4, 0.6, 0.8];
    expect(summarise(values, 0.5)?.shareBelowTarget).toBe(0.5); // 0.2, 0.4 of 4
    expect(summarise(values, 0.6)?.shareBelowTarget).toBe(0.5); // 0.6 meets 0.6: not below
    expect(summarise(values, 0.61)?.shareBelowTarget).toBe(0.75); // 3 of 4
    expect(summarise(values, 0)?.shareBelowTarget).toBe(0);
    expect(summarise(values, 1)?.shareBelowTarget).toBe(1);
  });

  it('does not count float noise as below the target', () => {
    // 0.1 + 0.2 = 0.30000000000000004 and 0.7 − 0.4 = 0.29999999999999993: both meet 0.3
    expect(summarise([0.1 + 0.2, 0.7 - 0.4], 0.3)?.shareBelowTarget).toBe(0);
  });

  it('matches the double-sum Gini on random data', () => {
    const random = seeded(20130);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(random() * 40);
      const values = Array.from({ length: n }, () => random());
      expect(summarise(values)?.gini).toBeCloseTo(giniByDefinition(values), 12);
    }
  });
});

describe('quantile (type 7)', () => {
  it('interpolates between order statistics like Excel QUARTILE.INC', () => {
    // [1, 2, 3, 4, 5]: q1 at h = 4·0.25 = 1 → 2; q3 at h = 3 → 4
    // [1, 2, 3, 4, 5, 6]: q1 at h = 5·0.25 = 1.25 → 2 + 0.25 = 2.25; q3 at h = 3.75 → 4.75
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([1, 2, 3, 4, 5], 0.75)).toBe(4);
    expect(quantile([1, 2, 3, 4, 5, 6], 0.25)).toBe(2.25);
    expect(quantile([1, 2, 3, 4, 5, 6], 0.75)).toBe(4.75);
    expect(quantile([1, 2, 3, 4, 5, 6], 1)).toBe(6);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
