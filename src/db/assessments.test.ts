import {
  getAssessment,
  listAssessments,
  reopenAssessment,
  saveAnswers,
  startAssessment,
  submitAssessment,
} from './assessments';
import { db } from './db';
import { seedDraft, seedRound, tickingClock } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const answer = (value: string, at: string) => ({ response: { kind: 'value', value } as const, at });

describe('startAssessment', () => {
  it('starts an empty draft at revision 1', async () => {
    const { agency, round } = await seedRound();
    const assessment = await startAssessment(
      {
        agencyId: agency.id,
        roundId: round.id,
        questionnaire: { id: 'core', version: '1.0.0' },
        respondent: { name: '  Aida Sadykova ', role: 'leadership' },
      },
      () => '2025-01-02T09:00:00.000Z',
    );
    expect(assessment).toMatchObject({
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: { id: 'core', version: '1.0.0' },
      respondent: { name: 'Aida Sadykova', role: 'leadership' },
      status: 'draft',
      answers: {},
      revision: 1,
      history: [],
      createdAt: '2025-01-02T09:00:00.000Z',
      updatedAt: '2025-01-02T09:00:00.000Z',
    });
    expect(await getAssessment(assessment.id)).toEqual(assessment);
  });

  it('rejects unknown agencies and rounds, foreign questionnaires and bad respondents', async () => {
    const { agency, round } = await seedRound();
    const base = {
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: { id: 'core', version: '1.0.0' },
      respondent: { name: 'Aida', role: 'itUnit' as const },
    };
    await expect(startAssessment({ ...base, agencyId: 'x' })).rejects.toMatchObject({
      code: 'notFound',
      field: 'agencyId',
    });
    await expect(startAssessment({ ...base, roundId: 'x' })).rejects.toMatchObject({
      code: 'notFound',
      field: 'roundId',
    });
    await expect(
      startAssessment({ ...base, questionnaire: { id: 'core', version: '2.0.0' } }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'questionnaire' });
    await expect(
      startAssessment({ ...base, respondent: { name: ' ', role: 'itUnit' } }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'respondent.name' });
    await expect(
      startAssessment({ ...base, respondent: { name: 'x'.repeat(201), role: 'itUnit' } }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'respondent.name' });
    expect(await db.assessments.count()).toBe(0);
  });
});

describe('submit and reopen', () => {
  it('makes a submitted assessment read-only', async () => {
    const clock = tickingClock();
    const { assessment } = await seedDraft(clock);
    await saveAnswers(
      assessment.id,
      [{ itemId: 'strategy.1', answer: answer('yes', clock()), baseAt: null }],
      clock,
    );
    const submitted = await submitAssessment(assessment.id, clock);
    expect(submitted).toMatchObject({ status: 'submitted', revision: 3 });
    expect(submitted.submittedAt).toBe(submitted.updatedAt);

    await expect(
      saveAnswers(assessment.id, [{ itemId: 'strategy.1', answer: null, baseAt: null }]),
    ).rejects.toMatchObject({ code: 'submitted' });
    await expect(submitAssessment(assessment.id)).rejects.toMatchObject({ code: 'submitted' });
    expect(await getAssessment(assessment.id)).toEqual(submitted);
  });

  it('keeps the submitted version in history when reopened', async () => {
    const clock = tickingClock();
    const { assessment } = await seedDraft(clock);
    const first = answer('yes', clock());
    await saveAnswers(
      assessment.id,
      [{ itemId: 'strategy.1', answer: first, baseAt: null }],
      clock,
    );
    const submitted = await submitAssessment(assessment.id, clock);

    const reopened = await reopenAssessment(assessment.id, clock);
    expect(reopened.status).toBe('draft');
    expect(reopened.revision).toBe(submitted.revision + 1);
    expect(reopened).not.toHaveProperty('submittedAt');
    expect(reopened.history).toEqual([
      {
        revision: submitted.revision,
        submittedAt: submitted.submittedAt,
        respondent: submitted.respondent,
        answers: { 'strategy.1': first },
      },
    ]);

    // Editing the draft again leaves the submitted version as it was.
    await saveAnswers(
      assessment.id,
      [{ itemId: 'strategy.1', answer: answer('no', clock()), baseAt: first.at }],
      clock,
    );
    await submitAssessment(assessment.id, clock);
    const again = await reopenAssessment(assessment.id, clock);
    expect(again.history).toHaveLength(2);
    expect(again.history[0]?.answers).toEqual({ 'strategy.1': first });
    expect(again.history[1]?.answers['strategy.1']?.response).toEqual({
      kind: 'value',
      value: 'no',
    });
  });

  it('refuses to reopen a draft and reports unknown ids', async () => {
    const { assessment } = await seedDraft();
    await expect(reopenAssessment(assessment.id)).rejects.toMatchObject({ code: 'notSubmitted' });
    await expect(submitAssessment('nope')).rejects.toMatchObject({ code: 'notFound' });
    await expect(reopenAssessment('nope')).rejects.toMatchObject({ code: 'notFound' });
    expect(await getAssessment('nope')).toBeUndefined();
  });
});

describe('listAssessments', () => {
  it('lists the most recently changed first', async () => {
    const clock = tickingClock();
    const { agency, round, assessment: older } = await seedDraft(clock);
    const newer = await startAssessment(
      {
        agencyId: agency.id,
        roundId: round.id,
        questionnaire: { id: 'core', version: '1.0.0' },
        respondent: { name: 'Bakyt', role: 'serviceStaff' },
      },
      clock,
    );
    expect((await listAssessments()).map((a) => a.id)).toEqual([newer.id, older.id]);
    await submitAssessment(older.id, clock);
    expect((await listAssessments()).map((a) => a.id)).toEqual([older.id, newer.id]);
  });
});
