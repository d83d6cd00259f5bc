import { answers, dimension, levelItem, NA, questionnaire } from '../scoring/test-fixtures';
import { buildRoundView } from './round-view';
import { agency, assessment, round } from './test-fixtures';

const q = questionnaire([
  dimension('x', [levelItem('a'), levelItem('b')]),
  dimension('y', [levelItem('c')]),
]);
const r = round('R', q, { x: 0.5, y: 0.5 });
const other = round('other', q);

const agencies = [
  agency('Z', 'Zeta'),
  agency('K', 'Бишкек'),
  agency('B', 'Agency B'),
  agency('A', 'agency a'),
];

const view = buildRoundView({
  round: r,
  questionnaire: q,
  agencies,
  assessments: [
    // A: two roles submitted, and a draft that must not count once someone has submitted
    assessment('A', r, answers({ a: 5, b: 3, c: 1 }), { role: 'leadership' }),
    assessment('A', r, answers({ a: 1, b: 3, c: 3 }), { role: 'itUnit' }),
    assessment('A', r, answers({ a: 5 }), { status: 'draft' }),
    // B: drafts only
    assessment('B', r, answers({ a: 3 }), { status: 'draft' }),
    assessment('B', r, answers({ a: 3, b: 3, c: 3 }), { status: 'draft' }),
    // Z: another version of the questionnaire, and another round: neither counts
    assessment('Z', r, answers({ a: 5, b: 5, c: 5 }), {
      questionnaire: { id: q.id, version: '2.0.0' },
    }),
    assessment('Z', other, answers({ a: 5, b: 5, c: 5 })),
    // K: one respondent, y not applicable
    assessment('K', r, answers({ a: 5, b: 5, c: NA })),
    // an agency that is not (any more) on the device
    assessment('gone', r, answers({ a: 1, b: 1, c: 1 })),
  ],
});
const row = (id: string) => view.rows.find((x) => x.agency.id === id);

describe('buildRoundView', () => {
  it('gives every agency a row, sorted by name', () => {
    const names = view.rows.map((x) => x.agency.name);
    expect(names).toHaveLength(4);
    expect(names.filter((n) => /^[a-z]/i.test(n))).toEqual(['agency a', 'Agency B', 'Zeta']);
    expect(names).toContain('Бишкек');
  });

  it('reads the status from the assessments on the core questionnaire', () => {
    expect(row('A')?.status).toBe('submitted');
    expect(row('B')?.status).toBe('draft');
    expect(row('Z')).toMatchObject({ status: 'notStarted', assessments: [], combined: null });
    expect(row('K')?.status).toBe('submitted');
    expect(row('A')?.assessments).toHaveLength(3);
  });

  it('combines the submitted respondents as the mean of role means', () => {
    // a: leadership 1, IT 0 → 0.5; b: 0.5, 0.5 → 0.5; x = 0.5 (the draft's a = 5 is ignored)
    // c: leadership 0, IT 0.5 → 0.25; y = 0.25; overall (0.5 + 0.25) / 2 = 0.375
    const a = row('A');
    expect(a?.score?.dimensions.map((d) => d.score)).toEqual([0.5, 0.25]);
    expect(a?.score?.overall.score).toBe(0.375);
    expect(a?.score).toBe(a?.combined?.score);
    expect(a?.combined?.roleMeans.map((m) => m.role)).toEqual(['leadership', 'itUnit']);
    // a spreads 1 − 0 = 1, c 0.5 − 0 = 0.5: both a level or more
    expect(a?.combined?.divergent.map((d) => d.itemId)).toEqual(['a', 'c']);
    // targets apply: x meets 0.5; y is 0.25 short
    expect(a?.score?.dimensions[0]?.gap).toBe(0);
    expect(a?.score?.dimensions[1]?.gap).toBe(0.25);
    expect(a?.completeness).toBe(1);
  });

  it('takes completeness from the combined score, else the furthest draft', () => {
    // K: x complete, y all N/A (completeness 0) → (1 + 0) / 2 = 0.5
    expect(row('K')?.completeness).toBe(0.5);
    expect(row('K')?.score?.overall.score).toBe(1);
    // B: drafts at (0.5 + 0) / 2 = 0.25 and 1 → 1; no score
    expect(row('B')).toMatchObject({ completeness: 1, combined: null, score: null });
    expect(row('Z')?.completeness).toBeNull();
  });

  it('computes the statistics over the agencies with a combined score', () => {
    expect(view.targets).toEqual({ x: 0.5, y: 0.5 });
    const [x, y] = view.statistics.dimensions;
    // x: A 0.5, K 1 → μ 0.75, σ 0.25; y: A 0.25 only (K is N/A)
    expect(x?.summary).toMatchObject({ n: 2, mean: 0.75, sd: 0.25, shareBelowTarget: 0 });
    expect(y?.summary).toMatchObject({ n: 1, mean: 0.25, shareBelowTarget: 1 });
    // overall: 0.375 and 1 against (0.5 + 0.5) / 2 = 0.5 → one of two below
    expect(view.statistics.overall).toMatchObject({
      target: 0.5,
      summary: { n: 2, mean: 0.6875, shareBelowTarget: 0.5 },
    });
    // rows order, agencies with a score only
    expect(view.statistics.agencies.map((a) => a.agencyId).sort()).toEqual(['A', 'K']);
  });

  it('has no targets and no statistics when nothing is set or submitted', () => {
    const empty = buildRoundView({ round: other, questionnaire: q, agencies, assessments: [] });
    expect(empty.targets).toEqual({});
    expect(empty.rows.every((x) => x.status === 'notStarted')).toBe(true);
    expect(empty.statistics.overall.summary).toBeNull();
    expect(empty.statistics.mostUneven).toBeNull();
  });
});
