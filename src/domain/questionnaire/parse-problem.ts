/**
 * The vocabulary of questionnaire problems: every code `parseQuestionnaire` can report and
 * small helpers to word values in messages. Screens translate by `code` and `params`;
 * `message` is the English wording for authors and the command-line checks.
 */
import type { Problem, ProblemPath } from '../problems';

export const QUESTIONNAIRE_PROBLEM_CODES = [
  // The file's shape, as the schema defines it.
  'unreadable',
  'missingField',
  'wrongType',
  'unknownField',
  'unknownItemType',
  'invalidValue',
  'invalidFormat',
  'tooSmall',
  'tooBig',
  'invalid',
  // Rules that span several places.
  'levelCount',
  'levelOrder',
  'duplicateId',
  'duplicateLocale',
  'weightNotPositive',
  'showIfUnknownItem',
  'showIfOrder',
  'showIfTarget',
  'showIfValue',
  'missingText',
  'bandStart',
  'bandOrder',
  'bandRange',
  'scoreRange',
  'scoringRange',
  'minMax',
] as const;

export type QuestionnaireProblemCode = (typeof QUESTIONNAIRE_PROBLEM_CODES)[number];

export interface QuestionnaireProblem extends Problem {
  code: QuestionnaireProblemCode;
}

export function problem(
  path: ProblemPath,
  code: QuestionnaireProblemCode,
  params: Record<string, string | number>,
  message: string,
): QuestionnaireProblem {
  return { path, code, params, message };
}

// Long values are cut so that one odd value cannot swamp a list of problems.
const MAX_SHOWN = 60;

/** A value as it appears in a message: strings quoted, numbers as written, others by kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

/** The kind of a value, named as a person would: "a string", "an array", "null". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    return 'a number';
  }
  return withArticle(typeof value);
}

/** `object` → `an object`, `int` → `an integer`. */
export function withArticle(kind: string): string {
  if (kind === 'int') return 'an integer';
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
