import { fixtureView } from '../round/view-fixture';
import { dimensionCodes, rankAgencies } from './ranking';

describe('rankAgencies', () => {
  it('ranks by overall score, shares a rank on equal shown scores and skips the next', () => {
    // One number item per dimension: overall = mean of the two dimension scores.
    const view = fixtureView({
      dimensions: ['a', 'b'],
      agencies: [
        { name: 'Alpha', scores: { a: 0.4, b: 0.6 } }, // 0.5
        { name: 'Beta', scores: { a: 0.9, b: 0.7 } }, // 0.8
        { name: 'Gamma', scores: { a: 0.5, b: 0.5 } }, // 0.5, ties with Alpha
        { name: 'Delta', scores: { a: 0.1, b: 0.2 } }, // 0.15
        { name: 'Epsilon' }, // not started: not ranked
      ],
    });
    expect(rankAgencies(view).map((r) => [r.rank, r.name, r.band])).toEqual([
      [1, 'Beta', 'A'],
      [2, 'Alpha', 'B'],
      [2, 'Gamma', 'B'],
      [4, 'Delta', 'D'],
    ]);
    expect(rankAgencies(view)[0]?.respondents).toBe(1);
  });

  it('gives nothing for a round without scores', () => {
    expect(rankAgencies(fixtureView({ dimensions: ['a'], agencies: [{ name: 'A' }] }))).toEqual([]);
  });
});

describe('dimensionCodes', () => {
  it('numbers the dimensions D1, D2 … in questionnaire order', () => {
    expect([...dimensionCodes(['lead', 'proc', 'infra'])]).toEqual([
      ['lead', 'D1'],
      ['proc', 'D2'],
      ['infra', 'D3'],
    ]);
  });
});
