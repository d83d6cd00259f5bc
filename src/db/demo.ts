/**
 * The demo data set: loaded in one transaction, removed in one transaction, and told apart
 * from the person's own records only by `demo: true`, which nothing else sets.
 */
import type { Questionnaire } from '../domain/questionnaire/types';
import { db } from './db';
import { RepositoryError } from './errors';
import { ensureShippedQuestionnaires, listQuestionnaires } from './questionnaires';
import { writeTransaction } from './transaction';

/** The shipped questionnaire the demo rounds use. */
export const DEMO_QUESTIONNAIRE_ID = 'egov-readiness-core';

export interface DemoCounts {
  agencies: number;
  rounds: number;
  assessments: number;
}

export interface DemoRemoval extends DemoCounts {
  places: number;
  /** Demo agencies and rounds kept because the person's own records refer to them. */
  kept: { agencies: number; rounds: number };
}

const isDemo = (record: { demo?: true }) => record.demo === true;

async function demoPresent(): Promise<boolean> {
  const found = await Promise.all([
    db.agencies.filter(isDemo).first(),
    db.rounds.filter(isDemo).first(),
    db.assessments.filter(isDemo).first(),
    db.actions.filter(isDemo).first(),
  ]);
  return found.some((record) => record !== undefined);
}

export async function hasDemoData(): Promise<boolean> {
  return db.transaction('r', [db.agencies, db.rounds, db.assessments, db.actions], demoPresent);
}

async function demoQuestionnaires(): Promise<{ core: Questionnaire; modules: Questionnaire[] }> {
  await ensureShippedQuestionnaires();
  const all = await listQuestionnaires();
  // Newest stored version first; a shipped copy is preferred over one a person added.
  const candidates = all.filter((q) => q.id === DEMO_QUESTIONNAIRE_ID);
  const stored = candidates.find((q) => q.source === 'shipped') ?? candidates[0];
  if (!stored) {
    throw new RepositoryError('notFound', `questionnaire ${DEMO_QUESTIONNAIRE_ID} is not stored`);
  }
  // The shipped modules, newest version of each id, in id order (listQuestionnaires' order).
  const seen = new Set<string>();
  const modules = all.filter(
    (q) => q.kind === 'module' && q.source === 'shipped' && !seen.has(q.id) && seen.add(q.id),
  );
  return { core: stored.content, modules: modules.map((m) => m.content) };
}

/**
 * Adds the demo agencies, rounds and assessments, all or nothing. Refused
 * (RepositoryError 'invalid') while demo data is present, so it never doubles.
 */
export async function loadDemoData(): Promise<DemoCounts> {
  const { core, modules } = await demoQuestionnaires();
  // Loaded on demand: the generator never weighs on the first screen. Awaited before the
  // transaction opens, since an awaited import inside it would commit it early.
  const { generateDemoData } = await import('../domain/demo/generate');
  const data = generateDemoData(core, undefined, modules);
  return writeTransaction([db.agencies, db.rounds, db.assessments, db.actions], async () => {
    if (await demoPresent()) {
      throw new RepositoryError('invalid', 'demo data is already loaded');
    }
    await db.agencies.bulkAdd(data.agencies);
    await db.rounds.bulkAdd(data.rounds);
    await db.assessments.bulkAdd(data.assessments);
    await db.actions.bulkAdd(data.actions);
    return {
      agencies: data.agencies.length,
      rounds: data.rounds.length,
      assessments: data.assessments.length,
    };
  });
}

/**
 * Deletes the records marked demo, and the resume places of the demo assessments; nothing
 * the person made is touched. A demo agency or round that one of the person's own records
 * still refers to (an assessment started on it, an agency placed under it) is kept, so
 * their record does not lose its agency or round.
 */
export async function removeDemoData(): Promise<DemoRemoval> {
  const tables = [db.agencies, db.rounds, db.assessments, db.places, db.actions];
  return writeTransaction(tables, async () => {
    const [agencies, rounds, assessments, actions] = await Promise.all([
      db.agencies.toArray(),
      db.rounds.toArray(),
      db.assessments.toArray(),
      db.actions.toArray(),
    ]);
    // The person's own assessments and actions keep the agencies and rounds they refer to.
    const own = [...assessments, ...actions].filter((a) => !isDemo(a));
    const usedAgencies = new Set([
      ...own.map((a) => a.agencyId),
      ...agencies.filter((a) => !isDemo(a)).flatMap((a) => (a.parentId ? [a.parentId] : [])),
    ]);
    const usedRounds = new Set(own.map((a) => a.roundId));

    const demoAgencies = agencies.filter(isDemo);
    const demoRounds = rounds.filter(isDemo);
    const agencyIds = demoAgencies.filter((a) => !usedAgencies.has(a.id)).map((a) => a.id);
    const roundIds = demoRounds.filter((r) => !usedRounds.has(r.id)).map((r) => r.id);
    const assessmentIds = assessments.filter(isDemo).map((a) => a.id);
    const places = (await db.places.bulkGet(assessmentIds)).filter((p) => p !== undefined);

    await db.places.bulkDelete(places.map((p) => p.assessmentId));
    await db.assessments.bulkDelete(assessmentIds);
    await db.actions.bulkDelete(actions.filter(isDemo).map((a) => a.id));
    await db.rounds.bulkDelete(roundIds);
    await db.agencies.bulkDelete(agencyIds);
    return {
      agencies: agencyIds.length,
      rounds: roundIds.length,
      assessments: assessmentIds.length,
      places: places.length,
      kept: {
        agencies: demoAgencies.length - agencyIds.length,
        rounds: demoRounds.length - roundIds.length,
      },
    };
  });
}
