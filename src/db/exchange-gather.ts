/**
 * Reading what an export carries: the records a scope names, with every record they refer
 * to (agencies up their parent chain, rounds, and the questionnaires used, embedded) so the
 * file reads on a device that has none of them.
 */
import type { ExchangeContent } from '../domain/exchange/format';
import type { ExistingRecords } from '../domain/exchange/merge';
import type { KnownRecords } from '../domain/exchange/check-content';
import type { Action, Agency, Assessment, Round } from '../domain/records';
import { db } from './db';
import { RepositoryError } from './errors';

export type ExportScope =
  { assessmentId: string } | { agencyId: string } | { roundId: string } | 'everything';

const TABLES = () => [db.agencies, db.rounds, db.assessments, db.questionnaires, db.actions];

export async function gatherForExport(scope: ExportScope): Promise<ExchangeContent> {
  return db.transaction('r', TABLES(), async () => {
    if (scope === 'everything') {
      const [agencies, rounds, assessments, questionnaires, actions] = await Promise.all([
        db.agencies.toArray(),
        db.rounds.toArray(),
        db.assessments.toArray(),
        db.questionnaires.toArray(),
        db.actions.toArray(),
      ]);
      return {
        questionnaires: questionnaires.map((q) => q.content),
        agencies,
        rounds,
        assessments,
        actions,
      };
    }
    let assessments: Assessment[];
    let actions: Action[];
    const agencyIds = new Set<string>();
    const roundIds = new Set<string>();
    if ('assessmentId' in scope) {
      const one = await db.assessments.get(scope.assessmentId);
      if (!one) throw new RepositoryError('notFound', `no assessment ${scope.assessmentId}`);
      assessments = [one];
      actions = await db.actions.where({ agencyId: one.agencyId, roundId: one.roundId }).toArray();
    } else if ('agencyId' in scope) {
      if (!(await db.agencies.get(scope.agencyId))) {
        throw new RepositoryError('notFound', `no agency ${scope.agencyId}`);
      }
      agencyIds.add(scope.agencyId);
      assessments = await db.assessments.where('agencyId').equals(scope.agencyId).toArray();
      actions = await db.actions.where('agencyId').equals(scope.agencyId).toArray();
    } else {
      if (!(await db.rounds.get(scope.roundId))) {
        throw new RepositoryError('notFound', `no round ${scope.roundId}`);
      }
      roundIds.add(scope.roundId);
      assessments = await db.assessments.where('roundId').equals(scope.roundId).toArray();
      actions = await db.actions.where('roundId').equals(scope.roundId).toArray();
    }
    // An action's agency and round travel with it, even without an assessment beside it.
    for (const a of [...assessments, ...actions]) {
      agencyIds.add(a.agencyId);
      roundIds.add(a.roundId);
    }
    const agencies = await withParents(agencyIds);
    const rounds = (await db.rounds.bulkGet([...roundIds])).filter(
      (r): r is Round => r !== undefined,
    );
    const refs = new Map<string, [string, string]>();
    for (const ref of [
      ...assessments.map((a) => a.questionnaire),
      ...rounds.flatMap((r) => r.questionnaires),
    ]) {
      refs.set(`${ref.id}@${ref.version}`, [ref.id, ref.version]);
    }
    const stored = await db.questionnaires.bulkGet([...refs.values()]);
    const questionnaires = stored.flatMap((q) => (q ? [q.content] : []));
    return { questionnaires, agencies, rounds, assessments, actions };
  });
}

/** The agencies named and all their ancestors, parents first. */
async function withParents(ids: Set<string>): Promise<Agency[]> {
  const found = new Map<string, Agency>();
  let pending = [...ids];
  while (pending.length > 0) {
    const batch = await db.agencies.bulkGet(pending);
    pending = [];
    for (const agency of batch) {
      if (!agency || found.has(agency.id)) continue;
      found.set(agency.id, agency);
      if (agency.parentId && !found.has(agency.parentId)) pending.push(agency.parentId);
    }
  }
  return [...found.values()].reverse();
}

/** What the device holds, for `planImport`. */
export async function existingRecordsForPlan(): Promise<ExistingRecords> {
  return db.transaction('r', TABLES(), async () => {
    const [agencies, rounds, assessments, keys, actions] = await Promise.all([
      db.agencies.toArray(),
      db.rounds.toArray(),
      db.assessments.toArray(),
      db.questionnaires.toCollection().primaryKeys(),
      db.actions.toArray(),
    ]);
    const questionnaires = keys.map(([id, version]) => ({ id, version }));
    return { agencies, rounds, assessments, questionnaires, actions };
  });
}

/** What the device holds, for `readExchangeFile`, so files may refer to it. */
export async function knownRecordsForRead(): Promise<KnownRecords> {
  return db.transaction('r', TABLES(), async () => {
    const [agencyIds, roundIds, questionnaires] = await Promise.all([
      db.agencies.toCollection().primaryKeys(),
      db.rounds.toCollection().primaryKeys(),
      db.questionnaires.toArray(),
    ]);
    return {
      knownAgencyIds: agencyIds,
      knownRoundIds: roundIds,
      knownQuestionnaires: questionnaires.map((q) => ({
        id: q.id,
        version: q.version,
        content: q.content,
      })),
    };
  });
}
