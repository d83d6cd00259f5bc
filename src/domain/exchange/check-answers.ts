/**
 * Checks one set of answers against the questionnaire they were given on: every item id
 * must exist there, and every value must pass the rule a person's entry passes
 * (`checkValue`), so an imported answer is never one the app could not have stored.
 */
import type { Problem, ProblemPath } from '../problems';
import { checkValue, findItem } from '../questionnaire/access';
import type { CheckedValue } from '../questionnaire/access';
import { show } from '../questionnaire/parse-problem';
import type { Questionnaire } from '../questionnaire/types';
import type { Answers } from '../records';
import { exchangeProblem } from './problem';

export function checkAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  path: ProblemPath,
): Problem[] {
  const problems: Problem[] = [];
  const name = `${questionnaire.id} ${questionnaire.version}`;
  for (const [itemId, answer] of Object.entries(answers)) {
    const item = findItem(questionnaire, itemId);
    if (!item) {
      problems.push(
        exchangeProblem(
          [...path, itemId],
          'unknownItem',
          { item: itemId, questionnaire: name },
          `questionnaire ${name} has no item ${JSON.stringify(itemId)}`,
        ),
      );
      continue;
    }
    const response = answer.response;
    if (response?.kind !== 'value') continue;
    const checked = checkValue(item, response.value);
    if (checked.ok) continue;
    // A long text is cut in the problem, so one answer cannot swamp the list.
    const value = response.value;
    const found = typeof value === 'number' ? value : show(value);
    problems.push(
      exchangeProblem(
        [...path, itemId, 'response', 'value'],
        'invalidAnswer',
        { ...checked.params, found, item: itemId, reason: checked.code },
        `the answer to ${JSON.stringify(itemId)} ${describe(checked, String(found))}`,
      ),
    );
  }
  return problems;
}

function describe(failure: Extract<CheckedValue, { ok: false }>, found: string): string {
  const p: Record<string, string | number> = { ...failure.params, found };
  switch (failure.code) {
    case 'outOfRange': {
      const range =
        p.min !== undefined && p.max !== undefined
          ? `between ${p.min} and ${p.max}`
          : p.min !== undefined
            ? `at least ${p.min}`
            : `at most ${p.max}`;
      return `is ${p.found}; it must be ${range}`;
    }
    case 'notInteger':
      return `is ${p.found}; it must be a whole number`;
    case 'notANumber':
      return `must be a number, not ${p.found}`;
    case 'unknownOption':
      return `is ${p.found}; it must be one of ${p.expected}`;
    case 'tooLong':
      return `is ${p.length} characters long; at most ${p.max} are allowed`;
    case 'wrongType':
      return `must be a ${p.expected}`;
  }
}
