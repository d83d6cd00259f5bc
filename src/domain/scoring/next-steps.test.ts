import { nextSteps } from './next-steps';
import {
  answers,
  dimension,
  DK,
  levelItem,
  NA,
  questionnaire,
  yesPartialNoItem,
} from './test-fixtures';

const q = questionnaire([
  dimension('p', [
    levelItem('a'),
    levelItem('b'),
    levelItem('c', { weight: 2 }),
    levelItem('i'),
    levelItem('top'),
    levelItem('e'),
    levelItem('f', { weight: 3 }),
    yesPartialNoItem('h'),
    levelItem('g', { showIf: { item: 'h', in: ['yes'] } }),
    levelItem('u'),
  ]),
  dimension('done', [levelItem('k'), levelItem('m')]),
  dimension('unknown', [levelItem('n')]),
]);

const given = answers({
  a: 3,
  b: 1,
  c: 1,
  i: 1,
  top: 5,
  e: DK,
  f: DK,
  h: 'no', // hides g, whose stored level 1 must not appear
  g: 1,
  k: 5,
  m: NA,
  n: DK,
});

const ids = (steps: { itemId: string }[]) => steps.map((s) => s.itemId);

describe('nextSteps', () => {
  it('lists lowest level first, then heavier, then questionnaire order; don’t know last', () => {
    const result = nextSteps(q, given, { perDimension: 10 });
    // level 1: c (w 2) before b and i (w 1, in order); then a (level 3); then DK: f (w 3), e
    expect(ids(result[0]?.steps ?? [])).toEqual(['c', 'b', 'i', 'a', 'f', 'e']);
    expect(result[0]?.steps[3]).toEqual({ itemId: 'a', currentLevel: 3, nextLevel: 4, weight: 1 });
    expect(result[0]?.steps[4]).toEqual({
      itemId: 'f',
      currentLevel: null,
      nextLevel: null,
      weight: 3,
    });
  });

  it('takes three per dimension by default', () => {
    expect(ids(nextSteps(q, given)[0]?.steps ?? [])).toEqual(['c', 'b', 'i']);
    expect(ids(nextSteps(q, given, { perDimension: 5 })[0]?.steps ?? [])).toEqual([
      'c',
      'b',
      'i',
      'a',
      'f',
    ]);
  });

  it('omits dimensions with nothing to do and keeps those with only don’t know', () => {
    const result = nextSteps(q, given);
    expect(result.map((r) => r.dimensionId)).toEqual(['p', 'unknown']);
    expect(result[1]?.steps).toEqual([
      { itemId: 'n', currentLevel: null, nextLevel: null, weight: 1 },
    ]);
  });

  it('includes items revealed by show-if', () => {
    const shown = nextSteps(q, { ...given, ...answers({ h: 'yes' }) }, { perDimension: 10 });
    // g (level 1, w 1) comes after b and i in questionnaire order
    expect(ids(shown[0]?.steps ?? [])).toEqual(['c', 'b', 'i', 'g', 'a', 'f', 'e']);
  });

  it('returns nothing for no answers', () => {
    expect(nextSteps(q, {})).toEqual([]);
  });
});
