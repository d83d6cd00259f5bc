import { createExchangeFile } from '../domain/exchange/create';
import { planImport } from '../domain/exchange/merge';
import { readExchangeFile } from '../domain/exchange/read';
import { loadEarlierRound } from './action-queries';
import { addAction, deleteAction, listActions, updateAction } from './actions';
import { saveAnswers, startAssessment, submitAssessment } from './assessments';
import { db } from './db';
import { RepositoryError } from './errors';
import {
  applyImport,
  existingRecordsForPlan,
  gatherForExport,
  knownRecordsForRead,
} from './exchange';
import { addRound } from './rounds';
import { seedRound, tickingClock } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const input = { what: 'Connect to Tunduk', who: 'IT unit', due: '2025-09-30', status: 'planned' };

async function seeded() {
  const { agency, round } = await seedRound();
  const ids = { agencyId: agency.id, roundId: round.id, questionnaireId: 'core' };
  return { agency, round, ids };
}

describe('action repository', () => {
  it('adds, updates (revision + 1) and deletes, each stored at once', async () => {
    const { ids } = await seeded();
    const now = tickingClock();
    const added = await addAction({ ...ids, dimensionId: 'strategy', ...input }, now);
    expect(added).toMatchObject({ ...ids, dimensionId: 'strategy', revision: 1 });
    expect(added.createdAt).toBe(added.updatedAt);

    const moved = await updateAction(added.id, { status: 'inProgress' }, now);
    expect(moved).toMatchObject({ status: 'inProgress', revision: 2, what: input.what });
    expect(moved.updatedAt > added.updatedAt).toBe(true);
    expect(await listActions(ids.agencyId, ids.roundId)).toEqual([moved]);

    await deleteAction(added.id);
    expect(await db.actions.count()).toBe(0);
    await expect(deleteAction(added.id)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('refuses what the form refuses, and references that lead nowhere, storing nothing', async () => {
    const { ids } = await seeded();
    const refused = [
      addAction({ ...ids, dimensionId: 'strategy', ...input, what: '  ' }),
      addAction({ ...ids, dimensionId: 'strategy', ...input, due: '2025-02-30' }),
      addAction({ ...ids, dimensionId: 'strategy', ...input, status: 'finished' }),
      addAction({ ...ids, dimensionId: 'nonsense', ...input }),
      addAction({ ...ids, questionnaireId: 'module', dimensionId: 'strategy', ...input }),
      addAction({ ...ids, roundId: 'gone', dimensionId: 'strategy', ...input }),
    ];
    for (const attempt of refused) await expect(attempt).rejects.toBeInstanceOf(RepositoryError);
    const added = await addAction({ ...ids, dimensionId: 'strategy', ...input });
    await expect(updateAction(added.id, { who: '' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'who',
    });
    expect(await db.actions.toArray()).toEqual([added]);
  });
});

describe('actions in exchange and backup', () => {
  it('travel with an agency export and a backup, and restore record by record', async () => {
    const { ids } = await seeded();
    await addAction({ ...ids, dimensionId: 'strategy', ...input });
    const second = await addAction({ ...ids, dimensionId: 'services', ...input, what: 'Portal' });
    await updateAction(second.id, { status: 'done' });
    const byAgency = await gatherForExport({ agencyId: ids.agencyId });
    expect(byAgency.actions).toHaveLength(2);
    // The round travels with its actions even though no assessment was started in it.
    expect(byAgency.rounds.map((r) => r.id)).toEqual([ids.roundId]);

    const before = {
      agencies: await db.agencies.toArray(),
      rounds: await db.rounds.toArray(),
      actions: await db.actions.toArray(),
    };
    const text = await createExchangeFile(await gatherForExport('everything'), {
      kind: 'backup',
      appVersion: 'test',
      now: '2025-06-01T00:00:00.000Z',
    });
    await db.delete();
    await db.open();
    const read = await readExchangeFile(text, await knownRecordsForRead());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const plan = planImport(await existingRecordsForPlan(), read.value);
    expect(plan.actions.map((p) => p.action)).toEqual(['add', 'add']);
    const summary = await applyImport({ plan, fileName: 'backup.json' });
    expect(summary.added).toBe(4);
    expect(await db.agencies.toArray()).toEqual(before.agencies);
    expect(await db.rounds.toArray()).toEqual(before.rounds);
    expect(await db.actions.toArray()).toEqual(before.actions);

    // Importing it again changes nothing.
    const again = planImport(await existingRecordsForPlan(), read.value);
    expect(again.changes).toBe(false);
  });

  it('keeps both copies of a conflicting action, or mine, or theirs, as chosen', async () => {
    const { ids } = await seeded();
    const mine = await addAction({ ...ids, dimensionId: 'strategy', ...input });
    const theirs = { ...mine, status: 'dropped' as const, updatedAt: '2025-07-01T00:00:00.000Z' };
    const content = { ...(await gatherForExport('everything')), actions: [theirs] };
    const plan = planImport(await existingRecordsForPlan(), content);
    expect(plan.actions[0]?.action).toBe('conflict');

    await applyImport({ plan, fileName: 'a.json' }, { [mine.id]: 'keepMine' });
    expect(await db.actions.toArray()).toEqual([mine]);
    const both = await applyImport({ plan, fileName: 'a.json' });
    expect(both.keptBoth).toBe(1);
    const stored = await db.actions.toArray();
    expect(stored.map((a) => a.status).sort()).toEqual(['dropped', 'planned']);
    await applyImport({ plan, fileName: 'a.json' }, { [mine.id]: 'takeTheirs' });
    expect((await db.actions.get(mine.id))?.status).toBe('dropped');
  });
});

describe('loadEarlierRound', () => {
  it('gives the latest earlier round with results, its combined scores and its actions', async () => {
    const { agency, round: baseline, ids } = await seeded();
    const action = await addAction({ ...ids, dimensionId: 'services', ...input });
    const followUp = await addRound({
      name: 'Round 2026',
      period: { start: '2026-01-01', end: '2026-03-31' },
      questionnaires: [{ id: 'core', version: '1.0.0' }],
    });
    expect(await loadEarlierRound(agency.id, baseline.id, 'core')).toBeNull();

    const assessment = await startAssessment({
      agencyId: agency.id,
      roundId: baseline.id,
      questionnaire: { id: 'core', version: '1.0.0' },
      respondent: { name: 'Aida', role: 'itUnit' },
    });
    const at = '2025-02-01T00:00:00.000Z';
    await saveAnswers(assessment.id, [
      {
        itemId: 'strategy.1',
        answer: { response: { kind: 'value', value: 'yes' }, at },
        baseAt: null,
      },
      {
        itemId: 'services.1',
        answer: { response: { kind: 'value', value: 'partial' }, at },
        baseAt: null,
      },
    ]);
    await submitAssessment(assessment.id);

    const earlier = await loadEarlierRound(agency.id, followUp.id, 'core');
    // yes → 1, partly → 0.5 (one item per dimension).
    expect(earlier).toMatchObject({
      round: { id: baseline.id },
      scores: { strategy: 1, services: 0.5 },
      actions: [action],
    });
  });
});
