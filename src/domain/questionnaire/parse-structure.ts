/**
 * Turns zod's issues (the file does not have the schema's shape) into problems worded for
 * questionnaire authors: the place, then the rule, then what was found.
 */
import type { z } from 'zod';
import type { ProblemPath } from '../problems';
import { kindOf, problem, show, withArticle } from './parse-problem';
import type { QuestionnaireProblem } from './parse-problem';

type Issue = z.core.$ZodIssue;

export function issueToProblems(issue: Issue): QuestionnaireProblem[] {
  const path: ProblemPath = issue.path.map((part) =>
    typeof part === 'number' ? part : String(part),
  );
  switch (issue.code) {
    case 'invalid_type':
      return [typeProblem(path, issue.expected, issue.input)];
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem(path, 'unknownField', { field: key }, `unknown field ${show(key)}`),
      );
    case 'invalid_union':
      return [unionProblem(path, issue)];
    case 'invalid_value':
      return [valueProblem(path, issue.values, issue.input)];
    case 'invalid_format':
      return [
        problem(
          path,
          'invalidFormat',
          { found: show(issue.input), rule: issue.message },
          `invalid value ${show(issue.input)}; ${issue.message}`,
        ),
      ];
    case 'too_small':
    case 'too_big':
      return [sizeProblem(path, issue)];
    default:
      return [problem(path, 'invalid', { rule: issue.message }, issue.message)];
  }
}

function typeProblem(path: ProblemPath, expected: string, input: unknown): QuestionnaireProblem {
  // JSON has no `undefined`: a value that is undefined was left out.
  if (input === undefined) {
    return problem(path, 'missingField', {}, 'required field is missing');
  }
  const found = expected === 'int' && typeof input === 'number' ? show(input) : kindOf(input);
  return problem(
    path,
    'wrongType',
    { expected, found },
    `expected ${withArticle(expected)}, found ${found}`,
  );
}

function unionProblem(
  path: ProblemPath,
  issue: Extract<Issue, { code: 'invalid_union' }>,
): QuestionnaireProblem {
  const { discriminator, input } = issue;
  if (discriminator !== undefined && 'options' in issue && issue.options) {
    const expected = issue.options.map(String).join(', ');
    const value =
      isRecord(input) && Object.hasOwn(input, discriminator) ? input[discriminator] : undefined;
    if (value === undefined) {
      return problem(
        path,
        'missingField',
        { expected },
        `required field is missing; expected one of ${expected}`,
      );
    }
    const what = discriminator === 'type' ? 'item type' : 'value';
    return problem(
      path,
      'unknownItemType',
      { found: show(value), expected },
      `unknown ${what} ${show(value)}; expected one of ${expected}`,
    );
  }
  // A union of plain types (a show-if value is a string or a number): name them all.
  const expectedKinds = issue.errors.map((branch) => {
    const only = branch.length === 1 ? branch[0] : undefined;
    return only?.code === 'invalid_type' && only.path.length === 0 ? only.expected : undefined;
  });
  if (expectedKinds.length > 0 && expectedKinds.every((kind) => kind !== undefined)) {
    const expected = expectedKinds.map(withArticle).join(' or ');
    const found = kindOf(input);
    return problem(path, 'wrongType', { expected, found }, `expected ${expected}, found ${found}`);
  }
  return problem(path, 'invalid', { rule: issue.message }, issue.message);
}

function valueProblem(
  path: ProblemPath,
  values: readonly unknown[],
  input: unknown,
): QuestionnaireProblem {
  const found = show(input);
  if (values.length === 1) {
    const expected = show(values[0]);
    return problem(
      path,
      'invalidValue',
      { expected, found },
      `expected ${expected}, found ${found}`,
    );
  }
  const expected = values.map(String).join(', ');
  return problem(
    path,
    'invalidValue',
    { expected, found },
    `unknown value ${found}; expected one of ${expected}`,
  );
}

function sizeProblem(
  path: ProblemPath,
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
): QuestionnaireProblem {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const code = small ? 'tooSmall' : 'tooBig';
  const { input } = issue;
  if (issue.origin === 'array' || issue.origin === 'string') {
    const unit = issue.origin === 'array' ? 'entries' : 'characters';
    const found = Array.isArray(input) || typeof input === 'string' ? input.length : 0;
    if (small && issue.origin === 'string' && limit === 1) {
      return problem(path, code, { minimum: 1, found }, 'must not be empty');
    }
    const bound = issue.exact ? 'exactly' : small ? 'at least' : 'at most';
    return problem(
      path,
      code,
      { [small ? 'minimum' : 'maximum']: limit, found },
      `expected ${bound} ${limit} ${unit}, found ${found}`,
    );
  }
  const found = typeof input === 'number' ? input : show(input);
  const bound = small
    ? issue.inclusive
      ? 'at least'
      : 'greater than'
    : issue.inclusive
      ? 'at most'
      : 'less than';
  return problem(
    path,
    code,
    { [small ? 'minimum' : 'maximum']: limit, found },
    `must be ${bound} ${limit}, found ${found}`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
