import type { Answers } from './records';
import { assessmentProgress, sameProgress } from './progress';
import { questionnaireFixture } from './questionnaire/fixture';
import { parseQuestionnaire } from './questionnaire/parse';

const parsed = parseQuestionnaire(questionnaireFixture().q);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const q = parsed.value;
const at = '2025-01-01T00:00:00Z';

describe('sameProgress', () => {
  it('compares the figures shown: answered and visible per area and in all', () => {
    const none = assessmentProgress(q, {});
    const levelOnly: Answers = { lvl: { response: { kind: 'value', value: 3 }, at } };
    const otherLevel: Answers = { lvl: { response: { kind: 'value', value: 4 }, at } };
    const noteOnly: Answers = { lvl: { note: 'to check', at } };
    const yes: Answers = { ypn: { response: { kind: 'value', value: 'yes' }, at } };

    expect(sameProgress(none, assessmentProgress(q, {}))).toBe(true);
    // Another response, or a note without one, leaves the figures as they are.
    expect(sameProgress(assessmentProgress(q, levelOnly), assessmentProgress(q, otherLevel))).toBe(
      true,
    );
    expect(sameProgress(none, assessmentProgress(q, noteOnly))).toBe(true);
    // One more answered, or one more question shown (a show-if met), changes them.
    expect(sameProgress(none, assessmentProgress(q, levelOnly))).toBe(false);
    const withFollowUp = assessmentProgress(q, yes);
    expect(withFollowUp.dimensions[1]?.visible).toBe(1);
    expect(sameProgress(assessmentProgress(q, levelOnly), withFollowUp)).toBe(false);
  });
});
