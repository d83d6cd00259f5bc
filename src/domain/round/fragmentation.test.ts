import { imbalanceRows, spreadRows } from './fragmentation';
import { fixtureView } from './view-fixture';

// x: 0.2, 0.4, 0.6, 0.8 → mean 0.5, σ = √0.05 ≈ 0.2236, CV ≈ 0.447 (high).
// y: 0.5, 0.5, 0.6 → mean 0.5333, σ = √(0.00667 / 3) ≈ 0.0471, CV ≈ 0.0884 (low).
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.5, y: 0.5 },
  agencies: [
    { name: 'A', scores: { x: 0.2, y: 0.5 } },
    { name: 'B', scores: { x: 0.4, y: 0.5 } },
    { name: 'C', scores: { x: 0.6, y: 0.6 } },
    { name: 'D', scores: { x: 0.8 } },
    { name: 'E' },
  ],
});

describe('spreadRows', () => {
  const [x, y, overall] = spreadRows(view);

  it('gives each dimension its summary and heuristic CV band', () => {
    expect(x).toMatchObject({ dimensionId: 'x', target: 0.5, band: 'high' });
    expect(x?.summary?.cv).toBeCloseTo(0.4472136, 6);
    expect(x?.summary?.shareBelowTarget).toBe(0.5); // 0.2 and 0.4 of 4
    expect(y).toMatchObject({ dimensionId: 'y', band: 'low' });
    expect(y?.summary?.cv).toBeCloseTo(0.0883883, 6);
  });

  it('ends with the overall row', () => {
    // Overall: A 0.35, B 0.45, C 0.6, D 0.8; target (0.5 + 0.5) / 2 = 0.5.
    expect(overall).toMatchObject({ dimensionId: null, target: 0.5 });
    expect(overall?.summary).toMatchObject({ n: 4, min: 0.35, max: 0.8 });
  });

  it('has no band where there are no scores', () => {
    const empty = fixtureView({ dimensions: ['x'], agencies: [{ name: 'A' }] });
    expect(spreadRows(empty)[0]).toEqual({
      dimensionId: 'x',
      target: undefined,
      summary: null,
      band: null,
    });
  });
});

describe('imbalanceRows', () => {
  it('lists the most imbalanced agency first, those without an SD last', () => {
    const rows = imbalanceRows(view);
    expect(rows.map((r) => r.name)).toEqual(['A', 'B', 'C', 'D']);
    // A: 0.2 and 0.5 → σ = 0.15; B: 0.4 and 0.5 → 0.05; C level → 0; D one score → none.
    expect(rows[0]?.imbalance).toBeCloseTo(0.15, 12);
    expect(rows[1]?.imbalance).toBeCloseTo(0.05, 12);
    expect(rows[2]?.imbalance).toBe(0);
    expect(rows[3]?.imbalance).toBeNull();
  });

  it('names the weakest and strongest dimension, the first on ties', () => {
    const [a, , c, d] = imbalanceRows(view);
    expect(a).toMatchObject({
      lowest: { dimensionId: 'x', score: 0.2 },
      highest: { dimensionId: 'y', score: 0.5 },
    });
    expect(c?.lowest?.dimensionId).toBe('x');
    expect(c?.highest?.dimensionId).toBe('x');
    expect(d).toMatchObject({ lowest: { dimensionId: 'x' }, highest: { dimensionId: 'x' } });
  });
});
