import type { Response } from '../domain/records';
import { addAgency } from './agencies';
import { saveAnswers, startAssessment, submitAssessment } from './assessments';
import { db } from './db';
import { loadDemoData } from './demo';
import { storeQuestionnaire } from './questionnaires';
import { addRound } from './rounds';
import { listRoundSummaries, loadRoundView, loadTrendView } from './round-queries';
import { makeQuestionnaire, tickingClock } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const CORE = { id: 'core', version: '1.0.0' };
const value = (v: string): Response => ({ kind: 'value', value: v });

async function answer(
  agencyId: string,
  roundId: string,
  responses: Record<string, Response>,
  submit = true,
) {
  const a = await startAssessment({
    agencyId,
    roundId,
    questionnaire: CORE,
    respondent: { name: 'Aida', role: 'itUnit' },
  });
  await saveAnswers(
    a.id,
    Object.entries(responses).map(([itemId, response]) => ({
      itemId,
      answer: { response, at: '2025-01-02T00:00:00.000Z' },
      baseAt: null,
    })),
  );
  if (submit) await submitAssessment(a.id);
}

/** Two rounds on the test questionnaire (items strategy.1 and services.1, yes / partial / no). */
async function seed() {
  await storeQuestionnaire(makeQuestionnaire(), 'shipped');
  const clock = tickingClock();
  const [a, b] = await Promise.all(
    ['Agency A', 'Agency B', 'Agency C'].map((name) =>
      addAgency({ name, shortName: name.slice(-1), kind: 'agency' }),
    ),
  );
  const first = await addRound(
    {
      name: 'Round 2025',
      period: { start: '2025-01-01', end: '2025-03-31' },
      questionnaires: [CORE],
      targets: { core: { strategy: 0.5, services: 0.5 } },
    },
    clock,
  );
  const second = await addRound(
    {
      name: 'Round 2026',
      period: { start: '2026-01-01', end: '2026-03-31' },
      questionnaires: [CORE],
    },
    clock,
  );
  if (!a || !b) throw new Error('agencies not added');
  // A: 1 and 0.5 → 0.75, then 1 and 1 → 1 (+0.25); B: a draft in 2025, 0 and 0 in 2026
  await answer(a.id, first.id, { 'strategy.1': value('yes'), 'services.1': value('partial') });
  await answer(a.id, second.id, { 'strategy.1': value('yes'), 'services.1': value('yes') });
  await answer(b.id, first.id, { 'strategy.1': value('no') }, false);
  await answer(b.id, second.id, { 'strategy.1': value('no'), 'services.1': value('no') });
  return { a, b, first, second };
}

describe('listRoundSummaries', () => {
  it('counts agencies by status per round, newest first', async () => {
    const { first, second } = await seed();
    const summaries = await listRoundSummaries();
    expect(summaries.map((s) => [s.round.id, s.submitted, s.draft, s.notStarted, s.demo])).toEqual([
      [second.id, 2, 0, 1, false],
      [first.id, 1, 1, 1, false],
    ]);
  });

  it('marks the demo rounds', async () => {
    await seed();
    await loadDemoData();
    const summaries = await listRoundSummaries();
    // 25 demo bodies + 3 own agencies, every agency counted in every round; the demo
    // rounds start a month later in the same years
    expect(
      summaries.map((s) => [s.round.name, s.demo, s.submitted, s.draft, s.notStarted]),
    ).toEqual([
      ['Follow-up 2026 (demo)', true, 22, 2, 4],
      ['Round 2026', false, 2, 0, 26],
      ['Baseline 2025 (demo)', true, 25, 0, 3],
      ['Round 2025', false, 1, 1, 26],
    ]);
  });
});

describe('loadRoundView', () => {
  it('reads a round and computes its rows and statistics', async () => {
    const { a, first } = await seed();
    const view = await loadRoundView(first.id);
    expect(view?.rows.map((r) => [r.agency.name, r.status])).toEqual([
      ['Agency A', 'submitted'],
      ['Agency B', 'draft'],
      ['Agency C', 'notStarted'],
    ]);
    expect(view?.rows[0]?.score?.overall.score).toBe(0.75);
    // B's draft: strategy answered (1), services not (0) → completeness 0.5
    expect(view?.rows[1]?.completeness).toBe(0.5);
    expect(view?.targets).toEqual({ strategy: 0.5, services: 0.5 });
    expect(view?.statistics.agencies).toEqual([{ agencyId: a.id, imbalance: 0.25 }]);
  });

  it('is null for an unknown round or a questionnaire not stored', async () => {
    const { first } = await seed();
    expect(await loadRoundView('nope')).toBeNull();
    await db.questionnaires.clear();
    expect(await loadRoundView(first.id)).toBeNull();
  });
});

describe('loadTrendView', () => {
  it('compares the agencies submitted in both rounds', async () => {
    const { a, first, second } = await seed();
    const trends = await loadTrendView(first.id, second.id);
    expect(trends?.differentVersions).toBe(false);
    expect(trends?.agencies.map((t) => [t.agencyId, t.overall])).toEqual([
      [a.id, { before: 0.75, after: 1, change: 0.25 }],
    ]);
    expect(await loadTrendView(first.id, 'nope')).toBeNull();
  });
});
