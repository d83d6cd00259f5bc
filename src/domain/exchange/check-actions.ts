/**
 * Rules on the actions a file carries, once each has its shape: it belongs to an agency and
 * a round that are in the file or on the device, and, where a version of its questionnaire
 * is at hand, to a dimension that questionnaire has.
 */
import type { Problem, ProblemPath } from '../problems';
import type { Questionnaire } from '../questionnaire/types';
import type { Action } from '../records';
import { exchangeProblem } from './problem';

export function checkActions(
  actions: readonly Action[],
  agencyIds: ReadonlySet<string>,
  roundIds: ReadonlySet<string>,
  questionnairesWithId: (id: string) => readonly Questionnaire[],
): Problem[] {
  const problems: Problem[] = [];
  actions.forEach((action, index) => {
    const at = ['actions', index];
    problems.push(...checkOwnerRefs(action, at, agencyIds, roundIds));
    // Without any version of the questionnaire at hand, the dimension cannot be checked.
    const versions = questionnairesWithId(action.questionnaireId);
    const known = versions.some((q) => q.dimensions.some((d) => d.id === action.dimensionId));
    if (versions.length > 0 && !known) {
      problems.push(
        exchangeProblem(
          [...at, 'dimensionId'],
          'unknownDimension',
          { questionnaire: action.questionnaireId, dimension: action.dimensionId },
          `questionnaire ${action.questionnaireId} has no dimension ${JSON.stringify(action.dimensionId)}`,
        ),
      );
    }
  });
  return problems;
}

/**
 * A record's agency and round must be in the file or on the device: the rule shared by
 * assessments and actions.
 */
export function checkOwnerRefs(
  record: { agencyId: string; roundId: string },
  at: ProblemPath,
  agencyIds: ReadonlySet<string>,
  roundIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  if (!agencyIds.has(record.agencyId)) {
    problems.push(
      exchangeProblem(
        [...at, 'agencyId'],
        'unknownAgency',
        { agency: record.agencyId },
        `agency ${JSON.stringify(record.agencyId)} is neither in the file nor on this device`,
      ),
    );
  }
  if (!roundIds.has(record.roundId)) {
    problems.push(
      exchangeProblem(
        [...at, 'roundId'],
        'unknownRound',
        { round: record.roundId },
        `round ${JSON.stringify(record.roundId)} is neither in the file nor on this device`,
      ),
    );
  }
  return problems;
}
