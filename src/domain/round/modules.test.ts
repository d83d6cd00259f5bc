import type { Round } from '../records';
import { answers, dimension, levelItem, questionnaire } from '../scoring/test-fixtures';
import {
  findOwnAssessment,
  isCore,
  questionnaireEntries,
  roundModules,
  sameAnswerer,
} from './modules';
import { buildRoundView } from './round-view';
import { agency, assessment, round } from './test-fixtures';

const core = questionnaire([
  dimension('x', [levelItem('a'), levelItem('b')]),
  dimension('y', [levelItem('c')]),
]);
const mod = {
  ...questionnaire([
    dimension('m', [levelItem('p'), levelItem('q')]),
    dimension('n', [levelItem('r')]),
  ]),
  id: 'mod',
  kind: 'module' as const,
};
const modRef = { id: mod.id, version: mod.version };
const r: Round = {
  ...round('R', core, { x: 0.5, y: 0.5 }),
  questionnaires: [{ id: core.id, version: core.version }, modRef],
};
r.targets.mod = { m: 0.8, n: 0.6 };

const onModule = { questionnaire: modRef };
const assessments = [
  assessment('A', r, answers({ a: 5, b: 3, c: 1 })), // x .75, y 0 → .375
  assessment('A', r, answers({ p: 5, q: 5, r: 3 }), onModule), // m 1, n .5 → .75
  assessment('B', r, answers({ a: 1, b: 1, c: 1 })), // 0
  assessment('B', r, answers({ p: 3 }), { ...onModule, status: 'draft' }), // completeness .25
  assessment('C', r, answers({ a: 3, b: 3, c: 3 })), // .5
  assessment('C', r, answers({ p: 1, q: 3, r: 1 }), onModule), // m .25, n 0 → .125
  assessment('D', r, answers({ a: 5, b: 5, c: 5 })), // 1
  // another version of the module: its items need not line up, so it never counts
  assessment('D', r, answers({ p: 5, q: 5, r: 5 }), {
    questionnaire: { id: mod.id, version: '2.0.0' },
  }),
];
const agencies = ['A', 'B', 'C', 'D'].map((id) => agency(id));
const input = { round: r, agencies, assessments };
const coreView = buildRoundView({ ...input, questionnaire: core });
const moduleView = buildRoundView({ ...input, questionnaire: mod });
const row = (view: typeof coreView, id: string) => view.rows.find((x) => x.agency.id === id);

describe('buildRoundView per questionnaire', () => {
  it('shows the core on the core assessments only, as before modules existed', () => {
    expect(coreView.questionnaire.id).toBe('test');
    expect(coreView.targets).toEqual({ x: 0.5, y: 0.5 });
    expect(coreView.rows.map((x) => [x.agency.id, x.status, x.score?.overall.score])).toEqual([
      ['A', 'submitted', 0.375],
      ['B', 'submitted', 0],
      ['C', 'submitted', 0.5],
      ['D', 'submitted', 1],
    ]);
    expect(row(coreView, 'A')?.assessments).toHaveLength(1);
    // (0.375 + 0 + 0.5 + 1) / 4
    expect(coreView.statistics.overall.summary?.mean).toBeCloseTo(0.46875, 10);
  });

  it('shows a module on its own dimensions, targets and assessments', () => {
    expect(moduleView.questionnaire.id).toBe('mod');
    expect(moduleView.targets).toEqual({ m: 0.8, n: 0.6 });
    expect(moduleView.rows.map((x) => [x.agency.id, x.status])).toEqual([
      ['A', 'submitted'],
      ['B', 'draft'],
      ['C', 'submitted'],
      ['D', 'notStarted'],
    ]);
    const a = row(moduleView, 'A')?.score;
    expect(a?.overall.score).toBe(0.75);
    expect(a?.dimensions.map((d) => [d.dimensionId, d.score])).toEqual([
      ['m', 1],
      ['n', 0.5],
    ]);
    // n: target 0.6, score 0.5 → gap 0.1; m is above its target
    expect(a?.dimensions[1]?.gap).toBeCloseTo(0.1, 10);
    expect(a?.dimensions[0]?.gap).toBe(0);
    expect(row(moduleView, 'C')?.score?.overall.score).toBe(0.125);
    // B's draft: p answered (weight 1 of 2 in m), n unanswered → (0.5 + 0) / 2
    expect(row(moduleView, 'B')?.completeness).toBe(0.25);
  });

  it('computes the module’s spread over the module scores only', () => {
    const s = moduleView.statistics.overall.summary;
    // scores .75 and .125: μ .4375, σ .3125, CV σ/μ, Gini 2·.625 / (2·2²·.4375)
    expect(s?.n).toBe(2);
    expect(s?.mean).toBeCloseTo(0.4375, 10);
    expect(s?.sd).toBeCloseTo(0.3125, 10);
    expect(s?.cv).toBeCloseTo(0.3125 / 0.4375, 10);
    expect(s?.gini).toBeCloseTo(1.25 / 3.5, 10);
    expect(s?.range).toBeCloseTo(0.625, 10);
    // overall target (.8 + .6) / 2 = .7: C is below it, A is not
    expect(moduleView.statistics.overall.target).toBeCloseTo(0.7, 10);
    expect(s?.shareBelowTarget).toBe(0.5);
    const m = moduleView.statistics.dimensions.find((d) => d.dimensionId === 'm');
    expect(m?.summary?.mean).toBeCloseTo(0.625, 10);
  });
});

describe('module helpers', () => {
  it('tells the core from the modules', () => {
    expect(isCore(r, { id: core.id, version: core.version })).toBe(true);
    expect(isCore(r, modRef)).toBe(false);
    expect(roundModules(r)).toEqual([modRef]);
  });

  it('matches a respondent by agency, round, role and name (case and spaces aside)', () => {
    const who = {
      agencyId: 'A',
      roundId: 'R',
      respondent: { name: 'Aida Bekova', role: 'itUnit' as const },
    };
    expect(
      sameAnswerer(who, { ...who, respondent: { name: ' aida bekova ', role: 'itUnit' } }),
    ).toBe(true);
    expect(
      sameAnswerer(who, { ...who, respondent: { name: 'Aida Bekova', role: 'leadership' } }),
    ).toBe(false);
    expect(sameAnswerer(who, { ...who, agencyId: 'B' })).toBe(false);
    const own = assessments[1]!;
    expect(findOwnAssessment(assessments, own, modRef)).toBe(own);
    expect(findOwnAssessment(assessments, { ...own, agencyId: 'D' }, modRef)).toBeUndefined();
  });

  it('lists each questionnaire of the round with the respondent’s own score, kept apart', () => {
    const coreA = assessments[0]!;
    // the module assessments are made with other respondent names; give A's the same one
    const moduleA = { ...assessments[1]!, respondent: coreA.respondent };
    const entries = questionnaireEntries(r, [core, mod], [coreA, moduleA], coreA);
    expect(entries.map((e) => [e.ref.id, e.core, e.assessment?.id, e.overall?.score])).toEqual([
      ['test', true, coreA.id, 0.375],
      ['mod', false, moduleA.id, 0.75],
    ]);
    const alone = questionnaireEntries(r, [core], [coreA], coreA);
    expect(alone[1]).toMatchObject({ questionnaire: undefined, assessment: null, overall: null });
  });
});
