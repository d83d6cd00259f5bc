import { answers, dimension, levelItem, questionnaire } from './test-fixtures';
import { meanDimensionScores } from './peers';

describe('meanDimensionScores', () => {
  const q = questionnaire([dimension('a', [levelItem('a1')]), dimension('b', [levelItem('b1')])]);

  it('averages each dimension over the assessments that scored it', () => {
    // a: levels 5 and 3 → scores 1 and 0.5 → mean 0.75; b: only the first scored it → 0.25.
    const result = meanDimensionScores(q, [answers({ a1: 5, b1: 2 }), answers({ a1: 3 })]);
    expect(result.count).toBe(2);
    expect(result.means).toEqual({ a: 0.75, b: 0.25 });
  });

  it('gives null where nobody scored a dimension, and for no assessments at all', () => {
    expect(meanDimensionScores(q, []).means).toEqual({ a: null, b: null });
  });
});
