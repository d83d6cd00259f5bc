import { addAgency } from './agencies';
import { saveAnswers, startAssessment, submitAssessment } from './assessments';
import { db } from './db';
import { DEMO_QUESTIONNAIRE_ID, hasDemoData, loadDemoData, removeDemoData } from './demo';
import { RepositoryError } from './errors';
import { savePlace } from './places';
import { addRound } from './rounds';
import { seedDraft } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** Every record on the device, by table, in key order. */
async function snapshot() {
  return {
    agencies: await db.agencies.toArray(),
    rounds: await db.rounds.toArray(),
    assessments: await db.assessments.toArray(),
    places: await db.places.toArray(),
    questionnaires: await db.questionnaires.toArray(),
  };
}

/** The person's own agency, round and submitted assessment, made as the app makes them. */
async function ownRecords(name: string) {
  const { agency, round, assessment } = await seedDraft();
  await db.agencies.update(agency.id, { name });
  await saveAnswers(assessment.id, [
    {
      itemId: 'strategy.1',
      answer: {
        response: { kind: 'value', value: 'yes' },
        note: 'Ours',
        at: '2025-01-02T00:00:00.000Z',
      },
      baseAt: null,
    },
  ]);
  await submitAssessment(assessment.id);
  await savePlace(assessment.id, 1);
  return { agency, round, assessment };
}

describe('loadDemoData', () => {
  it('adds 25 agencies, two rounds and their assessments, all marked demo', async () => {
    expect(await hasDemoData()).toBe(false);
    const counts = await loadDemoData();
    // 65 on the core questionnaire, and 22 on the follow-up round's two modules
    expect(counts).toEqual({ agencies: 25, rounds: 2, assessments: 87 });
    expect(await db.agencies.count()).toBe(25);
    expect(await db.rounds.count()).toBe(2);
    expect(await db.assessments.count()).toBe(87);
    expect(await hasDemoData()).toBe(true);
    const rounds = await db.rounds.toArray();
    expect(rounds.every((r) => r.demo === true)).toBe(true);
    expect(rounds[0]?.questionnaires[0]?.id).toBe(DEMO_QUESTIONNAIRE_ID);
    // the core questionnaire was stored from the shipped files on the way
    expect(await db.questionnaires.where('id').equals(DEMO_QUESTIONNAIRE_ID).count()).toBe(1);
  });

  it('is refused while demo data is present, and changes nothing', async () => {
    await loadDemoData();
    const before = await snapshot();
    const error = await loadDemoData().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error).toMatchObject({ code: 'invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('comes back the same after removing it', async () => {
    await loadDemoData();
    const first = await snapshot();
    await removeDemoData();
    await loadDemoData();
    expect(await snapshot()).toEqual(first);
  });
});

describe('removeDemoData', () => {
  it('deletes the demo records only, leaving the person’s own untouched', async () => {
    const before = await ownRecords('My ministry');
    await loadDemoData();
    // the person goes on working after loading the demo: a new agency, round and draft
    const agency = await addAgency({ name: 'My agency', shortName: 'Mine', kind: 'agency' });
    const round = await addRound({
      name: 'My round',
      period: { start: '2026-01-01', end: '2026-06-30' },
      questionnaires: [{ id: 'core', version: '1.0.0' }],
    });
    const draft = await startAssessment({
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: { id: 'core', version: '1.0.0' },
      respondent: { name: 'Aida', role: 'leadership' },
    });
    await savePlace(draft.id, 0);
    // a resume place on a demo draft goes with it
    const demoDraft = await db.assessments
      .filter((a) => a.demo === true && a.status === 'draft')
      .first();
    await savePlace(demoDraft?.id ?? '', 2);

    const own = await snapshot();
    const mine = <T extends { demo?: true }>(records: T[]) =>
      records.filter((r) => r.demo !== true);
    const result = await removeDemoData();

    expect(result).toEqual({
      agencies: 25,
      rounds: 2,
      assessments: 87,
      places: 1,
      kept: { agencies: 0, rounds: 0 },
    });
    const after = await snapshot();
    expect(after.agencies).toEqual(mine(own.agencies));
    expect(after.rounds).toEqual(mine(own.rounds));
    expect(after.assessments).toEqual(mine(own.assessments));
    expect(after.places.map((p) => p.assessmentId).sort()).toEqual(
      [before.assessment.id, draft.id].sort(),
    );
    expect(after.questionnaires).toEqual(own.questionnaires);
    expect(after.agencies.map((a) => a.name).sort()).toEqual(['My agency', 'My ministry']);
    expect(await hasDemoData()).toBe(false);
  });

  it('keeps a demo agency and round that the person’s own assessment uses', async () => {
    await loadDemoData();
    const [demoRound] = await db.rounds.toArray();
    const demoAgency = await db.agencies.filter((a) => a.demo === true).first();
    const mine = await startAssessment({
      agencyId: demoAgency?.id ?? '',
      roundId: demoRound?.id ?? '',
      questionnaire: demoRound?.questionnaires[0] ?? { id: '', version: '' },
      respondent: { name: 'Aida', role: 'itUnit' },
    });
    const result = await removeDemoData();
    expect(result).toMatchObject({ agencies: 24, rounds: 1, kept: { agencies: 1, rounds: 1 } });
    expect(await db.assessments.toArray()).toEqual([mine]);
    expect(await db.agencies.get(demoAgency?.id ?? '')).toEqual(demoAgency);
    expect(await db.rounds.get(demoRound?.id ?? '')).toEqual(demoRound);
  });

  it('does nothing when there is no demo data', async () => {
    await ownRecords('My ministry');
    const before = await snapshot();
    expect(await removeDemoData()).toEqual({
      agencies: 0,
      rounds: 0,
      assessments: 0,
      places: 0,
      kept: { agencies: 0, rounds: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });
});
