/**
 * The vocabulary of exchange-file problems. Screens translate by `code` and `params`;
 * `message` is the English wording for logs and the last fallback. Problems about the
 * shape of records reuse the questionnaire vocabulary (`missingField`, `wrongType`,
 * `tooBig` …), and problems inside an embedded questionnaire keep that parser's codes.
 */
import type { Problem, ProblemPath } from '../problems';

export const EXCHANGE_PROBLEM_CODES = [
  // The file as a whole, checked before anything is trusted.
  'tooLarge',
  'notJson',
  'truncated',
  'tooDeep',
  'forbiddenKey',
  'otherFormat',
  'newerVersion',
  'bothContentAndEncrypted',
  // Integrity and encryption.
  'digestMismatch',
  'passphraseRequired',
  'decryptFailed',
  // Rules that span several records.
  'duplicateRecord',
  'agencyCycle',
  'unknownAgency',
  'unknownRound',
  'missingQuestionnaire',
  'unknownTarget',
  'unknownItem',
  'invalidAnswer',
  'unknownDimension',
  // Safety nets: a list cut short, and an input no check foresaw.
  'moreProblems',
  'unreadable',
] as const;

export type ExchangeProblemCode = (typeof EXCHANGE_PROBLEM_CODES)[number];

export function exchangeProblem(
  path: ProblemPath,
  code: ExchangeProblemCode,
  params: Record<string, string | number>,
  message: string,
): Problem {
  return { path, code, params, message };
}

/** One hostile file must not produce a list too long to show; the rest is counted. */
export const MAX_PROBLEMS = 100;

export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    exchangeProblem([], 'moreProblems', { count: more }, `and ${more} more problems`),
  ];
}

export function withPrefix(prefix: ProblemPath, problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}
