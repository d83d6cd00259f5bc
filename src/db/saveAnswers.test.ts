import type { Answer } from '../domain/records';
import { type AnswerChange, getAssessment, saveAnswers } from './assessments';
import { db } from './db';
import { seedDraft, tickingClock } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const T1 = '2025-03-01T10:00:00.000Z';
const T2 = '2025-03-01T10:00:05.000Z';
const T3 = '2025-03-01T10:00:09.000Z';
const yes: Answer = { response: { kind: 'value', value: 'yes' }, at: T1 };

async function draftWith(answers: Record<string, Answer> = {}) {
  const { assessment } = await seedDraft();
  if (Object.keys(answers).length > 0) {
    await saveAnswers(
      assessment.id,
      Object.entries(answers).map(([itemId, answer]) => ({ itemId, answer, baseAt: null })),
    );
  }
  return assessment.id;
}

describe('saveAnswers', () => {
  it('applies new answers, bumps the revision and stamps updatedAt', async () => {
    const id = await draftWith();
    const clock = tickingClock(Date.UTC(2025, 5, 1));
    const result = await saveAnswers(
      id,
      [
        { itemId: 'strategy.1', answer: yes, baseAt: null },
        {
          itemId: 'services.1',
          answer: { response: { kind: 'na' }, note: 'No services', at: T1 },
          baseAt: null,
        },
      ],
      clock,
    );
    expect(result).toEqual({ revision: 2, saved: ['strategy.1', 'services.1'], conflicts: [] });
    const stored = await getAssessment(id);
    expect(stored?.answers['strategy.1']).toEqual(yes);
    expect(stored?.answers['services.1']).toEqual({
      response: { kind: 'na' },
      note: 'No services',
      at: T1,
    });
    expect(stored?.updatedAt).toBe('2025-06-01T00:00:00.000Z');
  });

  it('applies a change made on top of the stored answer', async () => {
    const id = await draftWith({ 'strategy.1': yes });
    const no: Answer = { response: { kind: 'value', value: 'no' }, at: T2 };
    const result = await saveAnswers(id, [{ itemId: 'strategy.1', answer: no, baseAt: T1 }]);
    expect(result).toEqual({ revision: 3, saved: ['strategy.1'], conflicts: [] });
    expect((await getAssessment(id))?.answers['strategy.1']).toEqual(no);
  });

  it('reports a change on a stale base as a conflict and keeps their answer', async () => {
    // Tab A saw nothing; tab B has meanwhile stored "yes" at T1.
    const id = await draftWith({ 'strategy.1': yes });
    const mine: Answer = { response: { kind: 'value', value: 'no' }, at: T2 };
    const result = await saveAnswers(id, [
      { itemId: 'strategy.1', answer: mine, baseAt: null },
      { itemId: 'services.1', answer: { ...mine, at: T2 }, baseAt: null },
    ]);
    expect(result).toEqual({
      revision: 3,
      saved: ['services.1'],
      conflicts: [{ itemId: 'strategy.1', theirs: yes }],
    });
    expect((await getAssessment(id))?.answers['strategy.1']).toEqual(yes);

    // Stale by time, not only by absence.
    const again = await saveAnswers(id, [{ itemId: 'strategy.1', answer: mine, baseAt: T3 }]);
    expect(again.conflicts).toEqual([{ itemId: 'strategy.1', theirs: yes }]);
  });

  it('reports a cleared answer as theirs: null', async () => {
    const id = await draftWith({ 'strategy.1': yes });
    await saveAnswers(id, [{ itemId: 'strategy.1', answer: null, baseAt: T1 }]);
    const result = await saveAnswers(id, [
      { itemId: 'strategy.1', answer: { ...yes, at: T3 }, baseAt: T1 },
    ]);
    expect(result.conflicts).toEqual([{ itemId: 'strategy.1', theirs: null }]);
  });

  it('does not count the same answer from another tab as a conflict', async () => {
    const id = await draftWith({ 'strategy.1': yes });
    const sameLater: Answer = { ...yes, at: T2 };
    const result = await saveAnswers(id, [
      { itemId: 'strategy.1', answer: sameLater, baseAt: null },
    ]);
    expect(result).toEqual({ revision: 3, saved: ['strategy.1'], conflicts: [] });
    // The sending tab now holds T2 as its base, so the stored answer follows it.
    expect((await getAssessment(id))?.answers['strategy.1']).toEqual(sameLater);
  });

  it('treats a repeated batch (a retry) as already saved, without a new revision', async () => {
    const id = await draftWith();
    const batch: AnswerChange[] = [{ itemId: 'strategy.1', answer: yes, baseAt: null }];
    expect(await saveAnswers(id, batch)).toMatchObject({ revision: 2, saved: ['strategy.1'] });
    expect(await saveAnswers(id, batch)).toEqual({
      revision: 2,
      saved: ['strategy.1'],
      conflicts: [],
    });
  });

  it('clears an answer with null', async () => {
    const id = await draftWith({ 'strategy.1': yes });
    const result = await saveAnswers(id, [{ itemId: 'strategy.1', answer: null, baseAt: T1 }]);
    expect(result).toEqual({ revision: 3, saved: ['strategy.1'], conflicts: [] });
    expect((await getAssessment(id))?.answers).toEqual({});
    // Clearing what is already absent changes nothing.
    expect(await saveAnswers(id, [{ itemId: 'strategy.1', answer: null, baseAt: null }])).toEqual({
      revision: 3,
      saved: ['strategy.1'],
      conflicts: [],
    });
  });

  it('counts one revision per batch that applied something', async () => {
    const id = await draftWith();
    let base: string | null = null;
    for (const [index, at] of [T1, T2, T3].entries()) {
      const result = await saveAnswers(id, [
        { itemId: 'strategy.1', answer: { note: `note ${index}`, at }, baseAt: base },
      ]);
      expect(result.revision).toBe(index + 2);
      base = at;
    }
    const onlyConflicts = await saveAnswers(id, [
      { itemId: 'strategy.1', answer: { note: 'late', at: T3 }, baseAt: T1 },
    ]);
    expect(onlyConflicts.revision).toBe(4);
    expect((await getAssessment(id))?.revision).toBe(4);
  });

  it('writes nothing when one change in the batch is malformed', async () => {
    const id = await draftWith({ 'strategy.1': yes });
    const before = await getAssessment(id);
    const bad = [
      { itemId: 'strategy.1', answer: null, baseAt: T1 },
      { itemId: 'services.1', answer: { response: { kind: 'maybe' }, at: T2 }, baseAt: null },
    ] as unknown as AnswerChange[];
    await expect(saveAnswers(id, bad)).rejects.toMatchObject({
      code: 'invalid',
      field: 'changes[1].answer.response.kind',
    });
    expect(await getAssessment(id)).toEqual(before);
  });

  it.each<[string, unknown, string]>([
    ['an empty item id', { itemId: '', answer: null, baseAt: null }, 'changes[0].itemId'],
    [
      'a missing time',
      { itemId: 'a', answer: { note: 'x' }, baseAt: null },
      'changes[0].answer.at',
    ],
    [
      'an infinite value',
      {
        itemId: 'a',
        answer: { response: { kind: 'value', value: Infinity }, at: T1 },
        baseAt: null,
      },
      'changes[0].answer.response.value',
    ],
    [
      'a note that is not text',
      { itemId: 'a', answer: { note: 5, at: T1 }, baseAt: null },
      'changes[0].answer.note',
    ],
  ])('rejects %s', async (_, change, field) => {
    const id = await draftWith();
    await expect(saveAnswers(id, [change as AnswerChange])).rejects.toMatchObject({
      code: 'invalid',
      field,
    });
  });

  it('rejects the same item twice in one batch, and unknown assessments', async () => {
    const id = await draftWith();
    const change: AnswerChange = { itemId: 'strategy.1', answer: yes, baseAt: null };
    await expect(saveAnswers(id, [change, change])).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveAnswers('nope', [change])).rejects.toMatchObject({ code: 'notFound' });
    expect((await getAssessment(id))?.revision).toBe(1);
  });

  it('drops unknown fields sent with an answer', async () => {
    const id = await draftWith();
    const extra = { ...yes, secret: 'not stored' } as Answer;
    await saveAnswers(id, [{ itemId: 'strategy.1', answer: extra, baseAt: null }]);
    expect((await getAssessment(id))?.answers['strategy.1']).toEqual(yes);
  });
});
