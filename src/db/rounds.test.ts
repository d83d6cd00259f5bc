import { db } from './db';
import { storeQuestionnaire } from './questionnaires';
import { addRound, listRounds, setRoundTargets, type NewRound } from './rounds';
import { makeQuestionnaire } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeQuestionnaire(makeQuestionnaire('core', '1.0.0'), 'shipped');
  await storeQuestionnaire(makeQuestionnaire('cyber', '0.2.0'), 'user');
});

const valid: NewRound = {
  name: ' Round 2025 ',
  period: { start: '2025-01-01', end: '2025-03-31' },
  questionnaires: [
    { id: 'core', version: '1.0.0' },
    { id: 'cyber', version: '0.2.0' },
  ],
  targets: { core: { strategy: 0.8, services: 1 } },
};

describe('addRound', () => {
  it('stores the round with its questionnaires and targets', async () => {
    const round = await addRound(valid, () => '2025-01-01T08:00:00.000Z');
    expect(round).toMatchObject({
      name: 'Round 2025',
      period: valid.period,
      questionnaires: valid.questionnaires,
      targets: valid.targets,
      createdAt: '2025-01-01T08:00:00.000Z',
    });
    expect(await db.rounds.get(round.id)).toEqual(round);
  });

  it('defaults to no targets, and accepts a one-day period', async () => {
    const round = await addRound({
      ...valid,
      period: { start: '2025-05-05', end: '2025-05-05' },
      targets: undefined,
    });
    expect(round.targets).toEqual({});
  });

  it.each<[string, Partial<NewRound>, string]>([
    ['an empty name', { name: '  ' }, 'name'],
    ['a start after the end', { period: { start: '2025-04-01', end: '2025-03-31' } }, 'period'],
    ['an impossible date', { period: { start: '2025-02-30', end: '2025-03-31' } }, 'period.start'],
    [
      'a date in another format',
      { period: { start: '2025-01-01', end: '31.03.2025' } },
      'period.end',
    ],
    ['no questionnaire', { questionnaires: [] }, 'questionnaires'],
    ['a target above 1', { targets: { core: { strategy: 1.2 } } }, 'targets.core.strategy'],
    ['a negative target', { targets: { core: { strategy: -0.1 } } }, 'targets.core.strategy'],
    [
      'a target that is not a number',
      { targets: { core: { strategy: Number.NaN } } },
      'targets.core.strategy',
    ],
    ['a target for an unused questionnaire', { targets: { other: { strategy: 0.5 } } }, 'targets'],
    [
      'a target for an unknown dimension',
      { targets: { core: { nope: 0.5 } } },
      'targets.core.nope',
    ],
  ])('rejects %s', async (_, change, field) => {
    await expect(addRound({ ...valid, ...change })).rejects.toMatchObject({
      code: 'invalid',
      field,
    });
    expect(await db.rounds.count()).toBe(0);
  });

  it('rejects a questionnaire that is not stored', async () => {
    await expect(
      addRound({ ...valid, questionnaires: [{ id: 'core', version: '9.0.0' }], targets: {} }),
    ).rejects.toMatchObject({ code: 'notFound', field: 'questionnaires' });
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('setRoundTargets', () => {
  it('replaces the targets of one questionnaire and keeps the others', async () => {
    const round = await addRound(valid);
    const updated = await setRoundTargets(
      round.id,
      'cyber',
      { strategy: 0.5 },
      () => '2025-06-01T00:00:00.000Z',
    );
    expect(updated.targets).toEqual({
      core: { strategy: 0.8, services: 1 },
      cyber: { strategy: 0.5 },
    });
    expect(updated.updatedAt).toBe('2025-06-01T00:00:00.000Z');
    expect(await db.rounds.get(round.id)).toEqual(updated);
  });

  it('rejects an unknown round, a questionnaire outside the round and out-of-range values', async () => {
    const round = await addRound(valid);
    await expect(setRoundTargets('nope', 'core', {})).rejects.toMatchObject({ code: 'notFound' });
    await expect(setRoundTargets(round.id, 'other', {})).rejects.toMatchObject({
      code: 'invalid',
      field: 'questionnaireId',
    });
    await expect(setRoundTargets(round.id, 'core', { strategy: 2 })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await db.rounds.get(round.id))?.targets).toEqual(valid.targets);
  });
});

describe('listRounds', () => {
  it('lists the newest period first', async () => {
    await addRound({ ...valid, name: '2023', period: { start: '2023-01-01', end: '2023-12-31' } });
    await addRound({ ...valid, name: '2025', period: { start: '2025-01-01', end: '2025-12-31' } });
    await addRound({ ...valid, name: '2024', period: { start: '2024-01-01', end: '2024-12-31' } });
    expect((await listRounds()).map((r) => r.name)).toEqual(['2025', '2024', '2023']);
  });
});
