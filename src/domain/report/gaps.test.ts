import { scoreAssessment } from '../scoring/score';
import { answers, dimension, levelItem, questionnaire } from '../scoring/test-fixtures';
import { gapsBelowTarget } from './gaps';

describe('gapsBelowTarget', () => {
  it('lists the dimensions below target, highest priority (weight × gap) first', () => {
    const q = questionnaire([
      dimension('a', [levelItem('a1')]),
      dimension('b', [levelItem('b1')], { weight: 2 }),
      dimension('c', [levelItem('c1')]),
      dimension('d', [levelItem('d1')]),
    ]);
    // a: level 2 → 0.25, gap 0.5, priority 0.5; b: 0.5, gap 0.25, weight 2 → priority 0.5;
    // c: 1 ≥ 0.75, no gap; d: no target.
    const score = scoreAssessment(q, answers({ a1: 2, b1: 3, c1: 5, d1: 1 }), {
      a: 0.75,
      b: 0.75,
      c: 0.75,
    });
    // a and b tie on priority; a has the larger gap.
    expect(gapsBelowTarget(score).map((d) => [d.dimensionId, d.gap])).toEqual([
      ['a', 0.5],
      ['b', 0.25],
    ]);
  });
});
