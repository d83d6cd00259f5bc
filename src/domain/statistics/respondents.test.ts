import { scoreAssessment } from '../scoring/score';
import {
  answers,
  dimension,
  DK,
  levelItem,
  NA,
  numberItem,
  questionnaire,
  textItem,
  yesPartialNoItem,
} from '../scoring/test-fixtures';
import { combineRespondents, combineResults } from './respondents';

const q = questionnaire([
  dimension('x', [levelItem('a'), levelItem('b', { weight: 2 })]),
  dimension('y', [levelItem('c'), textItem('t')]),
]);

describe('combineRespondents: two roles', () => {
  // leadership (two people): a = 5, 3 → 1, 0.5; b = 3, DK → 0.5; c = N/A, N/A
  // IT unit (one person):    a = 1 → 0;        b = 3 → 0.5;     c = DK
  const result = combineRespondents(
    q,
    [
      { role: 'leadership', answers: answers({ a: 5, b: 3, c: NA, t: 'paper' }) },
      { role: 'leadership', answers: answers({ a: 3, b: DK, c: NA }) },
      { role: 'itUnit', answers: answers({ a: 1, b: 3, c: DK }) },
    ],
    { x: 0.75 },
  );

  it('scores items as the mean of role means', () => {
    // role means: a leadership (1 + 0.5) / 2 = 0.75, IT 0 → item (0.75 + 0) / 2 = 0.375
    //             b leadership 0.5 (DK left out), IT 0.5 → 0.5
    // x = (1·0.375 + 2·0.5) / 3 = 1.375 / 3 ≈ 0.458333
    // c: nobody scored; N/A, N/A, DK → don't know; y has no score
    const [x, y] = result.score.dimensions;
    expect(x?.score).toBeCloseTo(1.375 / 3, 12);
    expect(x).toMatchObject({ band: 'C', stage: 2, completeness: 1 });
    expect(x?.items).toMatchObject({ visible: 2, answered: 2 });
    expect(y).toMatchObject({ score: null, completeness: 0 });
    expect(y?.items).toMatchObject({ visible: 1, dontKnow: 1, notApplicable: 0, textItems: 1 });
    // overall: only x has a score; completeness (1·1 + 1·0) / 2 = 0.5
    expect(result.score.overall.score).toBeCloseTo(1.375 / 3, 12);
    expect(result.score.overall.completeness).toBe(0.5);
  });

  it('applies targets to the combined score', () => {
    // gap 0.75 − 0.458333 = 0.291667; attainment 0.458333 / 0.75 = 0.611111
    const x = result.score.dimensions[0];
    expect(x?.gap).toBeCloseTo(0.291667, 6);
    expect(x?.attainment).toBeCloseTo(0.611111, 6);
  });

  it('reports each role’s own dimension scores', () => {
    // leadership x = (0.75 + 2·0.5) / 3 = 1.75 / 3 ≈ 0.583333; y: all N/A → null
    // IT x = (0 + 2·0.5) / 3 = 1 / 3; y: DK → null
    expect(result.roleMeans.map((r) => [r.role, r.respondents])).toEqual([
      ['leadership', 2],
      ['itUnit', 1],
    ]);
    const [leadership, it] = result.roleMeans;
    expect(leadership?.dimensions.x).toBeCloseTo(1.75 / 3, 12);
    expect(leadership?.dimensions.y).toBeNull();
    expect(leadership?.overall).toBeCloseTo(1.75 / 3, 12);
    expect(it?.dimensions.x).toBeCloseTo(1 / 3, 12);
    expect(it?.dimensions.y).toBeNull();
  });

  it('flags items whose role means differ by a level or more', () => {
    // a: 0.75 vs 0 → spread 0.75, flagged; b: 0.5 vs 0.5 → 0; c and t: no scores
    expect(result.divergent).toEqual([
      {
        itemId: 'a',
        dimensionId: 'x',
        min: 0,
        max: 0.75,
        spread: 0.75,
        byRole: { leadership: 0.75, itUnit: 0 },
      },
    ]);
  });
});

describe('combineRespondents: edge cases', () => {
  it('cannot diverge with one role, however far its respondents differ', () => {
    // a = 5, 1 → 1, 0 → 0.5; b = 2, 4 → 0.25, 0.75 → 0.5; x = (0.5 + 2·0.5) / 3 = 0.5
    const result = combineRespondents(q, [
      { role: 'serviceStaff', answers: answers({ a: 5, b: 2 }) },
      { role: 'serviceStaff', answers: answers({ a: 1, b: 4 }) },
    ]);
    expect(result.score.dimensions[0]?.score).toBe(0.5);
    expect(result.roleMeans).toHaveLength(1);
    expect(result.roleMeans[0]).toMatchObject({ role: 'serviceStaff', dimensions: { x: 0.5 } });
    expect(result.divergent).toEqual([]);
  });

  it('equals scoreAssessment for a single respondent and for none', () => {
    const mine = answers({ a: 4, b: NA, c: 2, t: 'notes' });
    expect(combineRespondents(q, [{ role: 'other', answers: mine }], { y: 0.5 }).score).toEqual(
      scoreAssessment(q, mine, { y: 0.5 }),
    );
    const none = combineRespondents(q, []);
    expect(none.score).toEqual(scoreAssessment(q, {}));
    expect(none).toMatchObject({ roleMeans: [], divergent: [] });
  });

  it('flags a spread of exactly 0.25, float noise included, but not 0.24', () => {
    const n = questionnaire([
      dimension('d', [
        levelItem('lv'),
        numberItem('noisy', { worst: 0, best: 1 }),
        numberItem('under', { worst: 0, best: 1 }),
      ]),
    ]);
    const result = combineRespondents(n, [
      // lv: 4 vs 3 → 0.75 − 0.5 = 0.25 exactly
      // noisy: 0.35 − 0.1 = 0.24999999999999997 in floating point, 0.25 on paper
      // under: 0.34 − 0.1 = 0.24
      { role: 'leadership', answers: answers({ lv: 4, noisy: 0.35, under: 0.34 }) },
      { role: 'itUnit', answers: answers({ lv: 3, noisy: 0.1, under: 0.1 }) },
    ]);
    expect(result.divergent.map((d) => [d.itemId, d.spread])).toEqual([
      ['lv', 0.25],
      ['noisy', 0.25],
    ]);
  });

  it('treats an item as visible when any respondent sees it', () => {
    const gated = questionnaire([
      dimension('d', [
        yesPartialNoItem('g'),
        levelItem('f', { showIf: { item: 'g', in: ['yes'] } }),
      ]),
    ]);
    // leadership: g yes (1) opens f = 5 (1); IT: g no (0) hides f, its stored f = 1 is ignored
    // g = (1 + 0) / 2 = 0.5; f = 1 (leadership only); d = (0.5 + 1) / 2 = 0.75
    const result = combineRespondents(gated, [
      { role: 'leadership', answers: answers({ g: 'yes', f: 5 }) },
      { role: 'itUnit', answers: answers({ g: 'no', f: 1 }) },
    ]);
    expect(result.score.dimensions[0]).toMatchObject({ score: 0.75, items: { visible: 2 } });
    expect(result.roleMeans[1]?.dimensions.d).toBe(0); // IT: only g = 0 counts
    expect(result.divergent.map((d) => d.itemId)).toEqual(['g']); // f has one role only
    // nobody opens f: hidden for the agency
    const closed = combineRespondents(gated, [
      { role: 'leadership', answers: answers({ g: 'no', f: 5 }) },
      { role: 'itUnit', answers: answers({ g: 'partial' }) },
    ]);
    expect(closed.score.dimensions[0]).toMatchObject({ score: 0.25, items: { hidden: 1 } });
  });
});

describe('combineResults', () => {
  it('falls back to N/A, don’t know, unanswered or hidden when nothing is scored', () => {
    const na = { kind: 'na' } as const;
    const dk = { kind: 'dk' } as const;
    const unanswered = { kind: 'unanswered' } as const;
    const hidden = { kind: 'hidden' } as const;
    expect(combineResults([na, na, hidden])).toEqual(na);
    expect(combineResults([na, dk, unanswered])).toEqual(dk);
    expect(combineResults([na, unanswered])).toEqual(unanswered);
    expect(combineResults([hidden, hidden])).toEqual(hidden);
    expect(combineResults([])).toEqual(hidden);
    // (0.25 + 0.75) / 2 = 0.5; N/A, DK and hidden left out of the mean
    const scored = combineResults([
      { kind: 'score', score: 0.25 },
      dk,
      hidden,
      { kind: 'score', score: 0.75 },
    ]);
    expect(scored).toEqual({ kind: 'score', score: 0.5 });
  });
});
