/**
 * Rules on agencies and rounds as the repositories keep them: no agency is its own
 * ancestor, one version of a questionnaire per round, and targets only for a round's
 * questionnaires and their dimensions.
 */
import type { Problem, ProblemPath } from '../problems';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/types';
import type { Agency, Round } from '../records';
import { exchangeProblem } from './problem';

export function duplicate(path: ProblemPath, kind: string, id: string): Problem {
  return exchangeProblem(
    path,
    'duplicateRecord',
    { kind, id },
    `the ${kind} ${JSON.stringify(id)} appears more than once in the file`,
  );
}

/**
 * A parent chain that loops would send any tree of agencies round for ever. Each agency
 * is walked once (a chain of 100,000 agencies is linear work, not quadratic).
 */
export function checkAgencyCycles(agencies: readonly Agency[]): Problem[] {
  const parentOf = new Map(agencies.map((a) => [a.id, a.parentId]));
  const done = new Set<string>();
  const inCycle = new Set<string>();
  for (const agency of agencies) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = agency.id;
    while (id !== undefined && !done.has(id) && !onPath.has(id)) {
      path.push(id);
      onPath.add(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && onPath.has(id)) {
      for (const member of path.slice(path.indexOf(id))) inCycle.add(member);
    }
    for (const member of path) done.add(member);
  }
  const problems: Problem[] = [];
  agencies.forEach((agency, index) => {
    if (!inCycle.has(agency.id)) return;
    problems.push(
      exchangeProblem(
        ['agencies', index, 'parentId'],
        'agencyCycle',
        { agency: agency.id },
        `agency ${JSON.stringify(agency.id)} is its own parent, directly or through others`,
      ),
    );
  });
  return problems;
}

const refName = (ref: QuestionnaireRef) => `${ref.id} ${ref.version}`;

/** Results are keyed by questionnaire id, so a round uses one version of each. */
export function checkRound(
  round: Round,
  index: number,
  contentOf: (ref: QuestionnaireRef) => Questionnaire | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, QuestionnaireRef>();
  round.questionnaires.forEach((ref, refIndex) => {
    if (byId.has(ref.id)) {
      problems.push(
        duplicate(['rounds', index, 'questionnaires', refIndex], 'questionnaire', ref.id),
      );
    }
    byId.set(ref.id, ref);
  });
  for (const [questionnaireId, perDimension] of Object.entries(round.targets)) {
    const path = ['rounds', index, 'targets', questionnaireId];
    const ref = byId.get(questionnaireId);
    if (!ref) {
      const message = `there is a target for questionnaire ${JSON.stringify(questionnaireId)}, which the round does not use`;
      problems.push(
        exchangeProblem(path, 'unknownTarget', { questionnaire: questionnaireId }, message),
      );
      continue;
    }
    const questionnaire = contentOf(ref);
    if (!questionnaire) continue;
    const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
    for (const dimension of Object.keys(perDimension)) {
      if (dimensions.has(dimension)) continue;
      const message = `questionnaire ${refName(ref)} has no dimension ${JSON.stringify(dimension)} to set a target for`;
      problems.push(
        exchangeProblem(
          [...path, dimension],
          'unknownTarget',
          { questionnaire: refName(ref), dimension },
          message,
        ),
      );
    }
  }
  return problems;
}
