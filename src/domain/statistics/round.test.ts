import { scoreAssessment } from '../scoring/score';
import { answers, dimension, levelItem, NA, questionnaire } from '../scoring/test-fixtures';
import { describe as summarise, type Summary } from './describe';
import { mostUneven, overallTarget, roundStatistics, type DimensionSpread } from './round';

const q = questionnaire([
  dimension('x', [levelItem('a')]),
  dimension('y', [levelItem('b')]),
  dimension('z', [levelItem('c')], { weight: 2 }),
]);

// A1: x 1, y 0.5, z 0      → overall (1 + 0.5 + 2·0) / 4 = 0.375
// A2: x 0.5, y 0.5, z N/A  → overall (0.5 + 0.5) / 2 = 0.5
// A3: x 0, y 1, z 1        → overall (0 + 1 + 2·1) / 4 = 0.75
// A4: nothing answered     → no scores at all
const agencies = [
  { agencyId: 'A1', score: scoreAssessment(q, answers({ a: 5, b: 3, c: 1 })) },
  { agencyId: 'A2', score: scoreAssessment(q, answers({ a: 3, b: 3, c: NA })) },
  { agencyId: 'A3', score: scoreAssessment(q, answers({ a: 1, b: 5, c: 5 })) },
  { agencyId: 'A4', score: scoreAssessment(q, answers({})) },
];
const targets = { x: 0.5, y: 0.75, z: 0.5 };

describe('roundStatistics', () => {
  const stats = roundStatistics(q, agencies, targets);
  const [x, y, z] = stats.dimensions;

  it('describes each dimension over the agencies with a score', () => {
    // x: [1, 0.5, 0], μ 0.5, σ = √((0.25 + 0 + 0.25) / 3) = √(1/6) ≈ 0.408248, CV ≈ 0.816497
    // Gini: sorted [0, 0.5, 1]: (−2·0 + 0·0.5 + 2·1) / (9 · 0.5) = 2 / 4.5 ≈ 0.444444
    // quartiles: h = 0.5 → 0.25, median 0.5, h = 1.5 → 0.75; below 0.5: just 0 → 1/3
    expect(x).toMatchObject({ dimensionId: 'x', target: 0.5 });
    expect(x?.summary?.n).toBe(3);
    expect(x?.summary?.sd).toBeCloseTo(Math.sqrt(1 / 6), 12);
    expect(x?.summary?.cv).toBeCloseTo(0.816497, 6);
    expect(x?.summary?.gini).toBeCloseTo(4 / 9, 12);
    expect(x?.summary).toMatchObject({ q1: 0.25, median: 0.5, q3: 0.75, iqr: 0.5 });
    expect(x?.summary?.shareBelowTarget).toBeCloseTo(1 / 3, 12);
    // y: [0.5, 0.5, 1], μ 2/3; squares 1/36 + 1/36 + 4/36 = 1/6, σ² = 1/18, σ ≈ 0.235702
    // CV = 0.235702 / (2/3) ≈ 0.353553; Gini (−2·0.5 + 0 + 2·1) / (9 · 2/3) = 1/6
    // below 0.75: 0.5, 0.5 → 2/3
    expect(y?.summary?.mean).toBeCloseTo(2 / 3, 12);
    expect(y?.summary?.cv).toBeCloseTo(0.353553, 6);
    expect(y?.summary?.gini).toBeCloseTo(1 / 6, 12);
    expect(y?.summary?.shareBelowTarget).toBeCloseTo(2 / 3, 12);
    // z: [0, 1] (A2 N/A, A4 nothing): μ 0.5, σ 0.5, CV 1, Gini 0.5; below 0.5: 1 of 2
    expect(z?.summary).toMatchObject({ n: 2, mean: 0.5, sd: 0.5, cv: 1, gini: 0.5 });
    expect(z?.summary?.shareBelowTarget).toBe(0.5);
  });

  it('describes the overall score against the weighted overall target', () => {
    // target (0.5 + 0.75 + 2·0.5) / 4 = 0.5625
    // values [9, 12, 18] / 24: μ = 13/24 ≈ 0.541667; deviations −4, −1, 5 (/24)
    // σ² = (16 + 1 + 25) / 576 / 3 = 14 / 576 → σ = √14 / 24 ≈ 0.155902
    // Gini (−2·9 + 0·12 + 2·18) / 24 / (9 · 13/24) = 18 / 117 ≈ 0.153846
    // below 0.5625: 0.375 and 0.5 → 2/3
    expect(stats.overall.target).toBe(0.5625);
    const s = stats.overall.summary;
    expect(s?.n).toBe(3);
    expect(s?.mean).toBeCloseTo(13 / 24, 12);
    expect(s?.sd).toBeCloseTo(Math.sqrt(14) / 24, 12);
    expect(s?.gini).toBeCloseTo(18 / 117, 12);
    expect(s?.shareBelowTarget).toBeCloseTo(2 / 3, 12);
  });

  it('gives each agency’s imbalance', () => {
    // A1 [1, 0.5, 0] → √(1/6); A2 [0.5, 0.5] → 0
    // A3 [0, 1, 1]: μ 2/3, squares 4/9 + 1/9 + 1/9 = 2/3, σ² = 2/9, σ = √2 / 3 ≈ 0.471405
    // A4: no scores → null
    expect(stats.agencies.map((a) => a.agencyId)).toEqual(['A1', 'A2', 'A3', 'A4']);
    const [a1, a2, a3, a4] = stats.agencies;
    expect(a1?.imbalance).toBeCloseTo(Math.sqrt(1 / 6), 12);
    expect(a2?.imbalance).toBe(0);
    expect(a3?.imbalance).toBeCloseTo(Math.sqrt(2) / 3, 12);
    expect(a4?.imbalance).toBeNull();
  });

  it('names the dimension with the highest CV', () => {
    // CV: x ≈ 0.816, y ≈ 0.354, z = 1
    expect(stats.mostUneven).toBe('z');
  });

  it('leaves targets out where none are set', () => {
    const partial = roundStatistics(q, agencies, { x: 0.5 });
    expect(partial.dimensions[1]).not.toHaveProperty('target');
    expect(partial.dimensions[1]?.summary).not.toHaveProperty('shareBelowTarget');
    expect(partial.overall).not.toHaveProperty('target'); // y and z have no target
    expect(overallTarget(q, {})).toBeUndefined();
  });

  it('has nothing to say about no agencies', () => {
    const empty = roundStatistics(q, [], targets);
    expect(empty.dimensions.map((d) => d.summary)).toEqual([null, null, null]);
    expect(empty.overall).toEqual({ target: 0.5625, summary: null });
    expect(empty).toMatchObject({ agencies: [], mostUneven: null });
  });
});

describe('mostUneven', () => {
  const base = summarise([0.25, 0.75]); // n 2, CV 0.5, Gini 0.25
  const spread = (dimensionId: string, extra: Partial<Summary>): DimensionSpread => ({
    dimensionId,
    summary: base && { ...base, ...extra },
  });

  it('breaks a CV tie by the higher Gini, then by questionnaire order', () => {
    expect(mostUneven([spread('a', { gini: 0.2 }), spread('b', { gini: 0.3 })])).toBe('b');
    expect(mostUneven([spread('a', {}), spread('b', {})])).toBe('a');
    // 0.5 and 0.5000000000001 tie after rounding to 9 decimals; Gini decides
    expect(mostUneven([spread('a', { cv: 0.5000000000001 }), spread('b', { gini: 0.3 })])).toBe(
      'b',
    );
  });

  it('skips dimensions with fewer than two scores, no CV, or no spread', () => {
    expect(mostUneven([spread('one', { n: 1, cv: 3 }), spread('two', { cv: 0.1 })])).toBe('two');
    expect(
      mostUneven([spread('zero-mean', { cv: null }), { dimensionId: 'none', summary: null }]),
    ).toBeNull();
    expect(mostUneven([spread('level', { cv: 0, gini: 0 })])).toBeNull();
    expect(mostUneven([])).toBeNull();
  });
});
