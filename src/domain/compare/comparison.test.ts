import { fixtureView } from '../round/view-fixture';
import { comparedAgencies, comparisonRows, radarData } from './comparison';

// Fixture ids follow the order given: agency-1 = Tax, agency-2 = Customs, agency-3 = Justice.
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.6, y: 0.5 },
  agencies: [
    { name: 'Tax', scores: { x: 0.8, y: 0.5 } },
    { name: 'Customs', scores: { x: 0.8, y: 0.5 } },
    { name: 'Justice', scores: { x: 0.3 } },
    { name: 'Culture' },
  ],
});

describe('comparedAgencies', () => {
  it('keeps the order chosen and skips agencies without a submitted score', () => {
    const rows = comparedAgencies(view, ['agency-3', 'agency-4', 'agency-1', 'nobody']);
    expect(rows.map((r) => r.agency.name)).toEqual(['Justice', 'Tax']);
  });
});

describe('comparisonRows', () => {
  const rows = comparisonRows(view, ['agency-1', 'agency-2', 'agency-3']);

  it('has one row per dimension, then overall, with the targets', () => {
    expect(rows.map((r) => [r.dimensionId, r.target])).toEqual([
      ['x', 0.6],
      ['y', 0.5],
      // Overall target = mean of the dimension targets, (0.6 + 0.5) / 2.
      [null, 0.55],
    ]);
  });

  it('marks every agency tied for the highest score, with its band', () => {
    const x = rows[0];
    expect(x?.cells.map((c) => [c.score, c.band, c.highest])).toEqual([
      [0.8, 'A', true],
      [0.8, 'A', true],
      [0.3, 'C', false],
    ]);
  });

  it('marks nobody in a level row, and a missing score is null', () => {
    // y: 0.5, 0.5 and Justice has no answer there: the two present are level.
    expect(rows[1]?.cells.map((c) => [c.score, c.band, c.highest])).toEqual([
      [0.5, 'B', false],
      [0.5, 'B', false],
      [null, null, false],
    ]);
  });

  it('compares the overall scores too', () => {
    // Tax and Customs: (0.8 + 0.5) / 2 = 0.65; Justice: only x answered, 0.3.
    const overall = rows[2]?.cells.map((c) => [c.score, c.highest]);
    expect(overall?.map(([s, h]) => [Math.round(Number(s) * 1e6) / 1e6, h])).toEqual([
      [0.65, true],
      [0.65, true],
      [0.3, false],
    ]);
  });

  it('marks nobody when only one agency has a score in the row', () => {
    const two = comparisonRows(view, ['agency-3', 'agency-1']);
    expect(two[1]?.cells.map((c) => c.highest)).toEqual([false, false]);
    expect(two[0]?.cells.map((c) => c.highest)).toEqual([false, true]);
  });
});

describe('radarData', () => {
  it('gives 0–100 points per dimension keyed by position, null where there is nothing', () => {
    expect(radarData(view, ['agency-3', 'agency-1'])).toEqual([
      { dimensionId: 'x', target: 60, agency0: 30, agency1: 80 },
      { dimensionId: 'y', target: 50, agency0: null, agency1: 50 },
    ]);
  });
});
