import core from '../../../questionnaires/egov-readiness-core.json';
import { parseQuestionnaire } from '../questionnaire/parse';
import { buildRoundView } from '../round/round-view';
import { whatMoved } from '../actions/what-moved';
import { DEMO_ACTION_AGENCIES } from './actions';
import { generateDemoData } from './generate';

const parsed = parseQuestionnaire(core);
if (!parsed.ok) throw new Error('questionnaire does not parse');
const q = parsed.value;
const data = generateDemoData(q);
const [baseline, followUp] = data.rounds;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo action plans', () => {
  it('are the same every time, on the baseline round, for the chosen bodies, marked demo', () => {
    expect(generateDemoData(q).actions).toEqual(data.actions);
    expect(data.actions.length).toBeGreaterThanOrEqual(12);
    const agencies = new Set(data.actions.map((a) => a.agencyId));
    expect(agencies.size).toBe(DEMO_ACTION_AGENCIES.length);
    for (const action of data.actions) {
      expect(action.roundId).toBe(baseline?.id);
      expect(action.questionnaireId).toBe(q.id);
      expect(action.demo).toBe(true);
      expect(action.id).toMatch(UUID_V4);
      expect(action.createdAt.slice(0, 10) > (baseline?.period.end ?? '')).toBe(true);
      expect(action.updatedAt.slice(0, 10) < (followUp?.period.start ?? '')).toBe(true);
    }
    expect(new Set(data.actions.map((a) => a.status))).toEqual(
      new Set(['planned', 'inProgress', 'done', 'dropped']),
    );
  });

  it('address areas that were below the target in the baseline, and show what moved', () => {
    if (!baseline || !followUp) throw new Error('two rounds');
    const input = (round: typeof baseline) => ({
      round,
      questionnaire: q,
      agencies: data.agencies,
      assessments: data.assessments,
    });
    const before = buildRoundView(input(baseline));
    const after = buildRoundView(input(followUp));
    const scores = (view: typeof before, agencyId: string) =>
      Object.fromEntries(
        (view.rows.find((r) => r.agency.id === agencyId)?.score?.dimensions ?? []).map((d) => [
          d.dimensionId,
          d.score,
        ]),
      );
    for (const action of data.actions) {
      const row = before.rows.find((r) => r.agency.id === action.agencyId);
      const dimension = row?.score?.dimensions.find((d) => d.dimensionId === action.dimensionId);
      expect(dimension?.score ?? 1).toBeLessThan(0.6);
    }
    const agencyId = data.actions[0]?.agencyId ?? '';
    const rows = whatMoved(
      data.actions.filter((a) => a.agencyId === agencyId),
      scores(before, agencyId),
      scores(after, agencyId),
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) expect(row.change).not.toBeNull();
  });
});
