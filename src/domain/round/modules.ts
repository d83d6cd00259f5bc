/**
 * A round uses its core questionnaire and may add modules (the round lists the core first).
 * Each module is answered as an assessment of its own, one per agency, respondent and
 * questionnaire, and scored on its own: a module's score never enters the core's.
 */
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/types';
import type { Assessment, Respondent, Round } from '../records';
import { scoreAssessment, type OverallScore } from '../scoring/score';

/** A module's target for every area when it joins a round, until the coordinator sets others. */
export const DEFAULT_MODULE_TARGET = 0.6;

/** Every area of the module at the default target. */
export function defaultModuleTargets(q: Pick<Questionnaire, 'dimensions'>): Record<string, number> {
  return Object.fromEntries(q.dimensions.map((d) => [d.id, DEFAULT_MODULE_TARGET]));
}

/** Who answers: one respondent of one agency in one round. */
export interface Answerer {
  agencyId: string;
  roundId: string;
  respondent: Respondent;
}

const normalName = (name: string) => name.trim().toLocaleLowerCase();

/** The same agency, round and respondent (name compared without case or outer spaces, and role). */
export function sameAnswerer(a: Answerer, b: Answerer): boolean {
  return (
    a.agencyId === b.agencyId &&
    a.roundId === b.roundId &&
    a.respondent.role === b.respondent.role &&
    normalName(a.respondent.name) === normalName(b.respondent.name)
  );
}

/** This answerer's assessment on that questionnaire (same id and version), if any. */
export function findOwnAssessment(
  assessments: readonly Assessment[],
  who: Answerer,
  ref: QuestionnaireRef,
): Assessment | undefined {
  const own = assessments.filter(
    (a) =>
      a.questionnaire.id === ref.id &&
      a.questionnaire.version === ref.version &&
      sameAnswerer(a, who),
  );
  // Should there be several (copies merged from other devices), the latest change counts.
  return own.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))[0];
}

export function isCore(round: Round, ref: QuestionnaireRef): boolean {
  const core = round.questionnaires[0];
  return core !== undefined && core.id === ref.id && core.version === ref.version;
}

/** The round's modules: every questionnaire it lists after the core. */
export function roundModules(round: Round): QuestionnaireRef[] {
  return round.questionnaires.slice(1);
}

export interface QuestionnaireEntry {
  ref: QuestionnaireRef;
  /** True for the round's core questionnaire, false for a module. */
  core: boolean;
  /** undefined when the questionnaire is not stored on this device. */
  questionnaire: Questionnaire | undefined;
  /** The answerer's own assessment on it; null when not started. */
  assessment: Assessment | null;
  /** Scored against the round's targets for it; null when not started or not stored. */
  overall: OverallScore | null;
}

/**
 * Each questionnaire of the round, core first, with what this answerer has given on it.
 * The results page lists the other questionnaires' scores apart from its own.
 */
export function questionnaireEntries(
  round: Round,
  stored: readonly Questionnaire[],
  assessments: readonly Assessment[],
  who: Answerer,
): QuestionnaireEntry[] {
  return round.questionnaires.map((ref, index) => {
    const questionnaire = stored.find((q) => q.id === ref.id && q.version === ref.version);
    const assessment = findOwnAssessment(assessments, who, ref) ?? null;
    const overall =
      assessment && questionnaire
        ? scoreAssessment(questionnaire, assessment.answers, round.targets[ref.id] ?? {}).overall
        : null;
    return { ref, core: index === 0, questionnaire, assessment, overall };
  });
}
