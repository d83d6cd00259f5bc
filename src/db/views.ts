/**
 * Read-only views that several screens need, each one read of related records. Screens wrap
 * them in live queries, so a change saved in another tab shows up here too.
 */
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Agency, Assessment, Round } from '@/domain/records';
import { db } from './db';
import { readQuestionnaire } from './questionnaire-contents';

export interface AssessmentView {
  assessment: Assessment;
  questionnaire: Questionnaire | undefined;
  agency: Agency | undefined;
  round: Round | undefined;
}

/** `null` when there is no such assessment. */
export async function loadAssessmentView(assessmentId: string): Promise<AssessmentView | null> {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) return null;
  const [questionnaire, agency, round] = await Promise.all([
    readQuestionnaire(assessment.questionnaire),
    db.agencies.get(assessment.agencyId),
    db.rounds.get(assessment.roundId),
  ]);
  return { assessment, questionnaire, agency, round };
}

/** Views read just before their screen was shown, for that screen's first render. */
const primed = new Map<string, AssessmentView>();

/**
 * Hands a view just read to the next screen that shows the same assessment, so that it
 * renders at once instead of reading the same records again first.
 */
export function primeAssessmentView(view: AssessmentView): void {
  primed.set(view.assessment.id, view);
}

export function primedView(assessmentId: string): AssessmentView | undefined {
  return primed.get(assessmentId);
}

/** Called once a screen has shown the primed view: later screens read afresh. */
export function forgetPrimedView(assessmentId: string): void {
  primed.delete(assessmentId);
}

export interface AssessmentSummary {
  assessment: Assessment;
  agency: Agency | undefined;
  round: Round | undefined;
}

/** Every assessment on this device, most recently changed first, with agency and round. */
export async function listAssessmentSummaries(): Promise<AssessmentSummary[]> {
  const [assessments, agencies, rounds] = await Promise.all([
    db.assessments.orderBy('updatedAt').reverse().toArray(),
    db.agencies.toArray(),
    db.rounds.toArray(),
  ]);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  return assessments.map((assessment) => ({
    assessment,
    agency: agencyById.get(assessment.agencyId),
    round: roundById.get(assessment.roundId),
  }));
}

/** Submitted assessments of other agencies in the same round on the same questionnaire. */
export async function listPeerSubmissions(assessment: Assessment): Promise<Assessment[]> {
  const inRound = await db.assessments.where('roundId').equals(assessment.roundId).toArray();
  return inRound.filter(
    (other) =>
      other.status === 'submitted' &&
      other.agencyId !== assessment.agencyId &&
      other.questionnaire.id === assessment.questionnaire.id &&
      other.questionnaire.version === assessment.questionnaire.version,
  );
}
