/**
 * Read-only views that several screens need, each one read of related records. Screens wrap
 * them in live queries, so a change saved in another tab shows up here too.
 */
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Agency, Assessment, Round } from '@/domain/records';
import { db } from './db';

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
  const [stored, agency, round] = await Promise.all([
    db.questionnaires.get([assessment.questionnaire.id, assessment.questionnaire.version]),
    db.agencies.get(assessment.agencyId),
    db.rounds.get(assessment.roundId),
  ]);
  return { assessment, questionnaire: stored?.content, agency, round };
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
