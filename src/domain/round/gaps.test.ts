import { gapRows } from './gaps';
import { fixtureView } from './view-fixture';

// x: A 0.2, B 0.7, C 0.4, D 0.6 against 0.6 → gaps 0.4, 0, 0.2, 0.
// y: A 0.5, B 0.1, D 0.8 against 0.5 → gaps 0 (meets it), 0.4, 0.
// Overall target (0.6 + 0.5) / 2 = 0.55; overall A 0.35, B 0.4, C 0.4, D 0.7
// → gaps 0.2, 0.15, 0.15, 0.
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.6, y: 0.5 },
  agencies: [
    { name: 'A', scores: { x: 0.2, y: 0.5 } },
    { name: 'B', scores: { x: 0.7, y: 0.1 } },
    { name: 'C', scores: { x: 0.4 } },
    { name: 'D', scores: { x: 0.6, y: 0.8 } },
    { name: 'E' },
    { name: 'F', status: 'draft', scores: { x: 0 } },
  ],
});

describe('gapRows', () => {
  const [x, y, overall] = gapRows(view);

  it('gives the mean gap over scored agencies and how many are below', () => {
    expect(x).toMatchObject({ dimensionId: 'x', target: 0.6, scored: 4, below: 2 });
    expect(x?.meanGap).toBeCloseTo(0.15, 12); // (0.4 + 0 + 0.2 + 0) / 4
    expect(y).toMatchObject({ dimensionId: 'y', scored: 3, below: 1 });
    expect(y?.meanGap).toBeCloseTo(0.4 / 3, 12);
  });

  it('lists the largest gaps first, only agencies below the target', () => {
    expect(x?.largest.map((g) => [g.name, g.gap])).toEqual([
      ['A', 0.4],
      ['C', 0.2],
    ]);
    expect(y?.largest.map((g) => g.name)).toEqual(['B']);
  });

  it('adds an overall row against the overall target, ties in name order', () => {
    expect(overall).toMatchObject({ dimensionId: null, target: 0.55, scored: 4, below: 3 });
    expect(overall?.meanGap).toBeCloseTo(0.125, 12); // (0.2 + 0.15 + 0.15 + 0) / 4
    expect(overall?.largest.map((g) => g.name)).toEqual(['A', 'B', 'C']);
    expect(gapRows(view, 2)[2]?.largest.map((g) => g.name)).toEqual(['A', 'B']);
  });

  it('has no gaps where the round sets no target', () => {
    const partial = fixtureView({
      dimensions: ['x', 'y'],
      targets: { x: 0.5 },
      agencies: [{ name: 'A', scores: { x: 0.2, y: 0.1 } }],
    });
    const [, noTarget, noOverall] = gapRows(partial);
    expect(noTarget).toEqual({
      dimensionId: 'y',
      target: undefined,
      scored: 1,
      below: 0,
      meanGap: null,
      largest: [],
    });
    expect(noOverall?.target).toBeUndefined();
  });

  it('has a null mean gap when nobody is scored', () => {
    const empty = fixtureView({
      dimensions: ['x'],
      targets: { x: 0.5 },
      agencies: [{ name: 'A' }],
    });
    expect(gapRows(empty)[0]).toMatchObject({ scored: 0, below: 0, meanGap: null, largest: [] });
  });
});
