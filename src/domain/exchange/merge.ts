/**
 * What importing a file would change, worked out before anything is written, so the
 * person sees it and confirms. Records are matched by id (UUIDs, made on many devices):
 *
 * - Assessments: identical content → skip ('identical'); a higher incoming `revision` →
 *   update; a lower one → skip ('older'); the same revision with different content →
 *   conflict: both copies were changed apart, both are kept and the person chooses.
 *   A revision only counts changes, so two devices that each changed a copy are seen as
 *   a conflict only when their counts happen to meet; a higher count wins otherwise.
 * - Agencies and rounds: identical → skip; a later `updatedAt` → update; otherwise skip
 *   ('older': the stored copy is as new or newer).
 * - Questionnaires are never changed once stored: a version not on the device is added.
 * - Actions: as assessments, by `revision` (an edit or a status change counts one).
 *
 * Importing the same content twice plans nothing but skips.
 */
import { sameContent } from './canonical';
import type { ExchangeContent } from './format';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/types';
import type { Action, Agency, Assessment, Round } from '../records';

export interface ExistingRecords {
  agencies: readonly Agency[];
  rounds: readonly Round[];
  assessments: readonly Assessment[];
  questionnaires: readonly QuestionnaireRef[];
  /** Absent where the caller keeps no actions; taken as none. */
  actions?: readonly Action[];
}

export type SkipReason = 'identical' | 'older';

export type RecordPlan<T> =
  | { action: 'add'; incoming: T }
  | { action: 'update'; incoming: T; existing: T }
  | { action: 'skip'; reason: SkipReason; incoming: T; existing: T };

/** A plan for records merged by revision, which may conflict. */
export type RevisionPlan<T> = RecordPlan<T> | { action: 'conflict'; incoming: T; existing: T };

export type AssessmentPlan = RevisionPlan<Assessment>;
/** How an incoming action merges (not to be confused with the action plan itself). */
export type ActionMergePlan = RevisionPlan<Action>;

export interface QuestionnairePlan {
  action: 'add' | 'skip';
  questionnaire: Questionnaire;
}

export type PlanAction = AssessmentPlan['action'];

export interface ImportPlan {
  questionnaires: QuestionnairePlan[];
  agencies: RecordPlan<Agency>[];
  rounds: RecordPlan<Round>[];
  assessments: AssessmentPlan[];
  actions: ActionMergePlan[];
  /** Per action, over agencies, rounds, assessments and actions (questionnaires apart). */
  counts: Record<PlanAction, number>;
  /** False when confirming would write nothing (everything is skipped). */
  changes: boolean;
}

export function planImport(existing: ExistingRecords, incoming: ExchangeContent): ImportPlan {
  const knownQuestionnaires = new Set(existing.questionnaires.map(refKey));
  const questionnaires = incoming.questionnaires.map((questionnaire): QuestionnairePlan => ({
    action: knownQuestionnaires.has(refKey(questionnaire)) ? 'skip' : 'add',
    questionnaire,
  }));
  const agencies = planByTime(existing.agencies, incoming.agencies);
  const rounds = planByTime(existing.rounds, incoming.rounds);
  const stored = byId(existing.assessments);
  const assessments = incoming.assessments.map((assessment) =>
    planAssessment(stored.get(assessment.id), assessment),
  );
  const storedActions = byId(existing.actions ?? []);
  const actions = (incoming.actions ?? []).map((action) =>
    planByRevision(storedActions.get(action.id), action),
  );

  const counts: Record<PlanAction, number> = { add: 0, update: 0, skip: 0, conflict: 0 };
  for (const plan of [...agencies, ...rounds, ...assessments, ...actions]) {
    counts[plan.action] += 1;
  }
  const changes =
    counts.add + counts.update + counts.conflict > 0 ||
    questionnaires.some((plan) => plan.action === 'add');
  return { questionnaires, agencies, rounds, assessments, actions, counts, changes };
}

export function planAssessment(
  existing: Assessment | undefined,
  incoming: Assessment,
): AssessmentPlan {
  return planByRevision(existing, incoming);
}

function planByRevision<T extends { revision: number }>(
  existing: T | undefined,
  incoming: T,
): RevisionPlan<T> {
  if (!existing) return { action: 'add', incoming };
  // Identical content has the same revision, so only equal revisions need comparing.
  if (incoming.revision > existing.revision) return { action: 'update', incoming, existing };
  if (incoming.revision < existing.revision) {
    return { action: 'skip', reason: 'older', incoming, existing };
  }
  if (sameContent(existing, incoming)) {
    return { action: 'skip', reason: 'identical', incoming, existing };
  }
  return { action: 'conflict', incoming, existing };
}

function planByTime<T extends { id: string; updatedAt: string }>(
  existing: readonly T[],
  incoming: readonly T[],
): RecordPlan<T>[] {
  const stored = byId(existing);
  return incoming.map((record): RecordPlan<T> => {
    const current = stored.get(record.id);
    if (!current) return { action: 'add', incoming: record };
    if (sameContent(current, record)) {
      return { action: 'skip', reason: 'identical', incoming: record, existing: current };
    }
    if (isLater(record.updatedAt, current.updatedAt)) {
      return { action: 'update', incoming: record, existing: current };
    }
    return { action: 'skip', reason: 'older', incoming: record, existing: current };
  });
}

/** Compares instants, so times written with different offsets still order correctly. */
function isLater(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a > b;
  return ta > tb;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function refKey(ref: QuestionnaireRef): string {
  return `${ref.id}@${ref.version}`;
}
