/**
 * Everything the round screens show, from the stored records of one round: one row per
 * agency (status, combined score, completeness) and the fragmentation statistics, so the
 * heatmap, the gaps, the plots and their CSV all read the same figures.
 */
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/types';
import type { Agency, Assessment, Round } from '../records';
import { scoreAssessment } from '../scoring/score';
import { combineRespondents } from '../statistics/respondents';
import { roundStatistics } from '../statistics/round';
import type { AgencyRow, AgencyStatus, RoundInput, RoundView } from './types';

// Names are Kyrgyz, Russian or English; the same order as the agency list (db/agencies).
const collator = new Intl.Collator(['ky', 'ru', 'en'], { sensitivity: 'base', numeric: true });

export function compareAgencyNames(a: Agency, b: Agency): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/**
 * The assessments that count for a round on one of its questionnaires (same id and
 * version), grouped by agency. Answers given on another version are left out, since their
 * items would not line up.
 */
export function assessmentsByAgency(
  round: Round,
  assessments: readonly Assessment[],
  ref: QuestionnaireRef,
): Map<string, Assessment[]> {
  const byAgency = new Map<string, Assessment[]>();
  for (const a of assessments) {
    if (a.roundId !== round.id) continue;
    if (a.questionnaire.id !== ref.id || a.questionnaire.version !== ref.version) continue;
    const list = byAgency.get(a.agencyId);
    if (list) list.push(a);
    else byAgency.set(a.agencyId, [a]);
  }
  return byAgency;
}

/**
 * The assessments on the round's core questionnaire (the first it lists), by agency;
 * modules are left out.
 */
export function coreAssessmentsByAgency(
  round: Round,
  assessments: readonly Assessment[],
): Map<string, Assessment[]> {
  const core = round.questionnaires[0];
  return core ? assessmentsByAgency(round, assessments, core) : new Map();
}

export function agencyStatus(assessments: readonly Assessment[]): AgencyStatus {
  if (assessments.some((a) => a.status === 'submitted')) return 'submitted';
  return assessments.length > 0 ? 'draft' : 'notStarted';
}

/** The round's targets for its core questionnaire, dimension id → [0, 1]. */
export function coreTargets(round: Round): Record<string, number> {
  const core = round.questionnaires[0];
  return (core && round.targets[core.id]) ?? {};
}

/** The round's targets for one of its questionnaires, dimension id → [0, 1]. */
export function targetsFor(round: Round, questionnaireId: string): Record<string, number> {
  return round.targets[questionnaireId] ?? {};
}

/** The highest overall completeness among the drafts; null when there is none. */
function furthestDraft(q: Questionnaire, assessments: readonly Assessment[]): number | null {
  let best: number | null = null;
  for (const a of assessments) {
    if (a.status !== 'draft') continue;
    const c = scoreAssessment(q, a.answers).overall.completeness;
    if (best === null || c > best) best = c;
  }
  return best;
}

/**
 * The view of one of the round's questionnaires (`input.questionnaire`: the core, or a
 * module): its dimensions, its targets and only the assessments given on it, so a module's
 * figures never mix with the core's. Every agency gets a row, sorted by name; assessments
 * of agencies not in `input.agencies` are left out.
 */
export function buildRoundView(input: RoundInput): RoundView {
  const { round, questionnaire } = input;
  const targets = targetsFor(round, questionnaire.id);
  const byAgency = assessmentsByAgency(round, input.assessments, questionnaire);

  const rows = [...input.agencies].sort(compareAgencyNames).map((agency): AgencyRow => {
    const assessments = byAgency.get(agency.id) ?? [];
    const status = agencyStatus(assessments);
    const submitted = assessments.filter((a) => a.status === 'submitted');
    const combined =
      submitted.length > 0
        ? combineRespondents(
            questionnaire,
            submitted.map((a) => ({ role: a.respondent.role, answers: a.answers })),
            targets,
          )
        : null;
    return {
      agency,
      status,
      assessments,
      combined,
      score: combined?.score ?? null,
      completeness: combined
        ? combined.score.overall.completeness
        : furthestDraft(questionnaire, assessments),
    };
  });

  const statistics = roundStatistics(
    questionnaire,
    rows.flatMap((row) => (row.score ? [{ agencyId: row.agency.id, score: row.score }] : [])),
    targets,
  );
  return { round, questionnaire, targets, rows, statistics };
}
