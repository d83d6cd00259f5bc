import { fixtureView } from '../round/view-fixture';
import { EGDI_RANKS, ranksGained } from './context';
import { buildSlides, moveSlide } from './slides';
import { presentationSummary } from './summary';

describe('buildSlides', () => {
  it('is title, context, one slide per area in questionnaire order, summary', () => {
    const view = fixtureView({ dimensions: ['b', 'a'], agencies: [] });
    expect(buildSlides(view)).toEqual([
      { kind: 'title' },
      { kind: 'context' },
      { kind: 'dimension', dimensionId: 'b' },
      { kind: 'dimension', dimensionId: 'a' },
      { kind: 'summary' },
    ]);
  });
});

describe('moveSlide', () => {
  it('moves one step and stops at either end', () => {
    expect(moveSlide(0, 5, 'next')).toBe(1);
    expect(moveSlide(4, 5, 'next')).toBe(4);
    expect(moveSlide(0, 5, 'previous')).toBe(0);
    expect(moveSlide(3, 5, 'first')).toBe(0);
    expect(moveSlide(1, 5, 'last')).toBe(4);
  });
});

describe('context figures', () => {
  it('Kyrgyzstan moved from 91st (2018) to 78th (2024): 13 places up', () => {
    expect(EGDI_RANKS.map((r) => r.rank)).toEqual([91, 83, 81, 78]);
    expect(ranksGained(EGDI_RANKS)).toBe(13);
  });
});

describe('presentationSummary', () => {
  const view = fixtureView({
    dimensions: ['x', 'y', 'z'],
    targets: { x: 0.6, y: 0.5, z: 0.5 },
    agencies: [
      { name: 'One', scores: { x: 0.2, y: 0.4, z: 0.5 } },
      { name: 'Two', scores: { x: 0.4, y: 0.6, z: 0.9 } },
      { name: 'Three', scores: { x: 0.6, y: 0.5 } },
    ],
  });

  it('ranks areas by mean gap and by CV, leaving out areas from too few agencies', () => {
    const summary = presentationSummary(view, 3);
    // x: gaps 0.4, 0.2, 0 → mean 0.2, 2 of 3 below; y: 0.1, 0, 0 → 0.0333; z has 2 agencies.
    expect(summary.gaps.map((g) => [g.dimensionId, g.below, g.scored])).toEqual([
      ['x', 2, 3],
      ['y', 1, 3],
    ]);
    expect(summary.gaps[0]?.meanGap).toBeCloseTo(0.2, 9);
    expect(summary.gaps[1]?.meanGap).toBeCloseTo(0.1 / 3, 9);
    // x: mean 0.4, SD √(0.08/3) ≈ 0.1633, CV ≈ 0.408; y: mean 0.5, SD ≈ 0.0816, CV ≈ 0.163.
    expect(summary.uneven.map((u) => [u.dimensionId, u.band])).toEqual([
      ['x', 'high'],
      ['y', 'moderate'],
    ]);
    expect(summary.uneven[0]?.cv).toBeCloseTo(Math.sqrt(0.08 / 3) / 0.4, 9);
    expect(summary.hidden).toBe(1);
  });

  it('includes the small area once the threshold allows it', () => {
    const summary = presentationSummary(view, 2);
    // z: 0.5 and 0.9, mean 0.7, SD 0.2, CV ≈ 0.286 — between x and y.
    expect(summary.uneven.map((u) => u.dimensionId)).toEqual(['x', 'z', 'y']);
    expect(summary.hidden).toBe(0);
  });
});
