import core from '../../../questionnaires/egov-readiness-core.json';
import disaster from '../../../questionnaires/ict-disaster-risk.json';
import green from '../../../questionnaires/ict-green-growth.json';
import { checkValue, findItem } from '../questionnaire/access';
import { parseQuestionnaire } from '../questionnaire/parse';
import type { Questionnaire } from '../questionnaire/types';
import { buildRoundView } from '../round/round-view';
import { questionnaireEntries } from '../round/modules';
import { generateDemoData } from './generate';

function parsed(input: unknown): Questionnaire {
  const result = parseQuestionnaire(input);
  if (!result.ok) throw new Error('questionnaire does not parse');
  return result.value;
}

const q = parsed(core);
const modules = [parsed(disaster), parsed(green)];
const plain = generateDemoData(q);
const data = generateDemoData(q, undefined, modules);
const [baseline, followUp] = data.rounds;
const onModule = (m: Questionnaire) => data.assessments.filter((a) => a.questionnaire.id === m.id);

describe('demo data with modules', () => {
  it('is the same every time, and leaves the core records as they are without modules', () => {
    expect(generateDemoData(q, undefined, modules)).toEqual(data);
    expect(data.agencies).toEqual(plain.agencies);
    expect(data.rounds[0]).toEqual(plain.rounds[0]);
    const coreOnly = data.assessments.filter((a) => a.questionnaire.id === q.id);
    expect(coreOnly).toEqual(plain.assessments);
  });

  it('adds both modules to the follow-up round only, after the core, with targets', () => {
    expect(baseline?.questionnaires).toEqual([{ id: q.id, version: q.version }]);
    expect(followUp?.questionnaires.map((r) => r.id)).toEqual([
      q.id,
      'ict-disaster-risk',
      'ict-green-growth',
    ]);
    for (const m of modules) {
      expect(Object.keys(followUp?.targets[m.id] ?? {})).toEqual(m.dimensions.map((d) => d.id));
    }
  });

  it('has about half the agencies answer each module, with valid answers', () => {
    const submittedCore = new Set(
      data.assessments
        .filter((a) => a.roundId === followUp?.id && a.questionnaire.id === q.id)
        .filter((a) => a.status === 'submitted')
        .map((a) => a.agencyId),
    );
    for (const m of modules) {
      const answered = onModule(m);
      expect(answered).toHaveLength(11);
      expect(new Set(answered.map((a) => a.agencyId)).size).toBe(11);
      for (const a of answered) {
        expect(a).toMatchObject({ roundId: followUp?.id, status: 'submitted', demo: true });
        expect(submittedCore.has(a.agencyId)).toBe(true);
        for (const [itemId, answer] of Object.entries(a.answers)) {
          const item = findItem(m, itemId);
          expect(item, itemId).toBeDefined();
          if (item && answer.response?.kind === 'value') {
            expect(checkValue(item, answer.response.value), itemId).toMatchObject({ ok: true });
          }
        }
      }
    }
  });

  it('pairs each module with its respondent’s core assessment, and keeps module scores apart', () => {
    const round = followUp;
    if (!round) throw new Error('no follow-up round');
    const first = onModule(modules[0]!)[0]!;
    const entries = questionnaireEntries(round, [q, ...modules], data.assessments, first);
    expect(entries.map((e) => [e.ref.id, e.core, e.assessment?.status ?? null])).toEqual([
      [q.id, true, 'submitted'],
      ['ict-disaster-risk', false, 'submitted'],
      ['ict-green-growth', false, null],
    ]);
    const coreView = buildRoundView({
      round,
      questionnaire: q,
      agencies: data.agencies,
      assessments: data.assessments,
    });
    const plainView = buildRoundView({
      round: plain.rounds[1]!,
      questionnaire: q,
      agencies: plain.agencies,
      assessments: plain.assessments,
    });
    expect(coreView.statistics).toEqual(plainView.statistics);
    const moduleView = buildRoundView({
      round,
      questionnaire: modules[0]!,
      agencies: data.agencies,
      assessments: data.assessments,
    });
    expect(moduleView.rows.filter((r) => r.status === 'submitted')).toHaveLength(11);
  });
});
