import core from '../../../questionnaires/egov-readiness-core.json';
import { checkValue, findItem, isItemVisible } from '../questionnaire/access';
import { questionnaireFixture } from '../questionnaire/fixture';
import { parseQuestionnaire } from '../questionnaire/parse';
import type { Questionnaire } from '../questionnaire/types';
import { buildRoundView } from '../round/round-view';
import { buildTrends } from '../round/trends';
import { DEMO_SEED, generateDemoData, type DemoData } from './generate';

function parsed(input: unknown): Questionnaire {
  const result = parseQuestionnaire(input);
  if (!result.ok) throw new Error('questionnaire does not parse');
  return result.value;
}

const q = parsed(core);
const data = generateDemoData(q);
const inputs = data.rounds.map((round) => ({
  round,
  questionnaire: q,
  agencies: data.agencies,
  assessments: data.assessments,
}));
const views = inputs.map(buildRoundView);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every answer holds a value the item accepts, and belongs to an item shown-if leaves visible. */
function expectValidAnswers(questionnaire: Questionnaire, set: DemoData): void {
  for (const a of set.assessments) {
    for (const [itemId, answer] of Object.entries(a.answers)) {
      const item = findItem(questionnaire, itemId);
      expect(item, itemId).toBeDefined();
      if (!item) continue;
      expect(isItemVisible(questionnaire, item, a.answers), itemId).toBe(true);
      if (answer.response?.kind === 'value') {
        expect(checkValue(item, answer.response.value), itemId).toMatchObject({ ok: true });
      }
      if (item.type === 'level' && answer.response?.kind === 'value') {
        expect([1, 2, 3, 4, 5]).toContain(answer.response.value);
      }
    }
  }
}

describe('generateDemoData', () => {
  it('gives the same data for the same seed, and other data for another', () => {
    expect(DEMO_SEED).toBe(2013);
    expect(generateDemoData(q, 2013)).toEqual(data);
    const other = generateDemoData(q, 2014);
    expect(other).not.toEqual(data);
    expect(other.agencies.map((a) => a.name)).toEqual(data.agencies.map((a) => a.name));
  });

  it('makes about 25 real-world bodies and two rounds, all marked as demo', () => {
    expect(data.agencies).toHaveLength(25);
    expect(data.agencies.map((a) => a.shortName)).toEqual(
      expect.arrayContaining(['MinDigital', 'Tax Service', 'Customs', 'Registration Service']),
    );
    expect(new Set(data.agencies.map((a) => a.kind))).toEqual(
      new Set(['ministry', 'stateCommittee', 'agency']),
    );
    const ids = new Set(data.agencies.map((a) => a.id));
    const children = data.agencies.filter((a) => a.parentId !== undefined);
    expect(children.length).toBeGreaterThanOrEqual(2);
    for (const child of children) expect(ids.has(child.parentId ?? '')).toBe(true);
    expect(data.rounds.map((r) => r.name)).toEqual([
      'Baseline 2025 (demo)',
      'Follow-up 2026 (demo)',
    ]);
    for (const r of data.rounds) {
      expect(r.questionnaires).toEqual([{ id: q.id, version: q.version }]);
      expect(Object.keys(r.targets[q.id] ?? {})).toEqual(q.dimensions.map((d) => d.id));
    }
    expect(data.rounds[0]?.targets[q.id]?.interoperability).toBe(0.6);
    expect(data.rounds[1]?.targets[q.id]?.interoperability).toBe(0.65);
    const records = [...data.agencies, ...data.rounds, ...data.assessments];
    expect(records.every((r) => r.demo === true)).toBe(true);
    const allIds = records.map((r) => r.id);
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const id of allIds) expect(id).toMatch(UUID_V4);
  });

  it('answers only visible items, with values the items accept', () => {
    expectValidAnswers(q, data);
    const responses = data.assessments.flatMap((a) => Object.values(a.answers));
    expect(responses.some((r) => r.response?.kind === 'na')).toBe(true);
    expect(responses.some((r) => r.response?.kind === 'dk')).toBe(true);
    expect(responses.filter((r) => r.note).length).toBeGreaterThan(50);
  });

  it('dates everything inside the round periods, submitted after the last answer', () => {
    for (const a of data.assessments) {
      const r = data.rounds.find((x) => x.id === a.roundId);
      const times = [a.createdAt, a.updatedAt, ...Object.values(a.answers).map((x) => x.at)];
      for (const t of times) {
        expect(t.slice(0, 10) >= (r?.period.start ?? '')).toBe(true);
        expect(t.slice(0, 10) <= (r?.period.end ?? '')).toBe(true);
      }
      if (a.status === 'submitted') {
        expect(a.submittedAt).toBe(a.updatedAt);
        for (const x of Object.values(a.answers)) expect(x.at < (a.submittedAt ?? '')).toBe(true);
      } else expect(a).not.toHaveProperty('submittedAt');
    }
  });

  it('leaves two drafts and one body not started in the follow-up', () => {
    const [baseline, followUp] = views;
    expect(baseline?.rows.every((row) => row.status === 'submitted')).toBe(true);
    const status = (s: string) => followUp?.rows.filter((row) => row.status === s).length;
    expect([status('draft'), status('notStarted'), status('submitted')]).toEqual([2, 1, 22]);
    for (const row of followUp?.rows ?? []) {
      if (row.status === 'draft') expect(row.completeness).toBeLessThan(0.9);
    }
  });

  it('spreads interoperability and e-services wider than infrastructure', () => {
    for (const view of views) {
      const cv = (id: string) =>
        view.statistics.dimensions.find((d) => d.dimensionId === id)?.summary?.cv ?? 0;
      expect(cv('interoperability')).toBeGreaterThan(cv('infrastructure-security'));
      expect(cv('e-services')).toBeGreaterThan(cv('infrastructure-security'));
      expect(view.statistics.mostUneven).toBe('interoperability');
    }
  });

  it('puts the planned leaders on top', () => {
    const ranked = [...(views[0]?.rows ?? [])].sort(
      (a, b) => (b.score?.overall.score ?? 0) - (a.score?.overall.score ?? 0),
    );
    const top = ranked.slice(0, 5).map((row) => row.agency.shortName);
    expect(top).toEqual(
      expect.arrayContaining(['MinDigital', 'Tax Service', 'Customs', 'Registration Service']),
    );
  });

  it('has several multi-respondent agencies whose roles diverge', () => {
    for (const view of views) {
      const multi = view.rows.filter((row) => (row.combined?.roleMeans.length ?? 0) >= 2);
      expect(multi.length).toBeGreaterThanOrEqual(4);
      expect(multi.length).toBeLessThanOrEqual(6);
      expect(multi.some((row) => (row.combined?.divergent.length ?? 0) > 0)).toBe(true);
    }
  });

  it('lets most agencies improve and two or three fall back', () => {
    const trends = buildTrends(inputs[0]!, inputs[1]!);
    expect(trends.differentVersions).toBe(false);
    expect(trends.agencies).toHaveLength(22);
    const fell = trends.agencies.filter((t) => (t.overall.change ?? 0) < 0);
    expect(fell.length).toBeGreaterThanOrEqual(2);
    expect(fell.length).toBeLessThanOrEqual(3);
  });

  it('works on another questionnaire, every item type and show-if included', () => {
    const other = parsed(questionnaireFixture().q);
    const set = generateDemoData(other, 7);
    expectValidAnswers(other, set);
    expect(set.rounds[0]?.targets).toEqual({ core: { strategy: 0.6, services: 0.6 } });
    const answered = new Set(set.assessments.flatMap((a) => Object.keys(a.answers)));
    expect(answered).toEqual(new Set(['lvl', 'ypn', 'pct', 'cho', 'num', 'txt', 'follow-up']));
  });
});
