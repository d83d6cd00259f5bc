/**
 * The one way a questionnaire enters the app, whether shipped or added by a person: first
 * the shape (the zod schema, which also fills defaults), then the rules that span several
 * places. Every problem is reported, not just the first, and nothing the input holds can
 * make this throw: a broken file is a list of problems, never a crash.
 */
import type { ParseResult } from '../problems';
import { checkRules } from './parse-rules';
import { issueToProblems } from './parse-structure';
import { problem } from './parse-problem';
import type { QuestionnaireProblem } from './parse-problem';
import { questionnaire } from './schema';
import type { Questionnaire } from './types';

export { QUESTIONNAIRE_PROBLEM_CODES } from './parse-problem';
export type { QuestionnaireProblem, QuestionnaireProblemCode } from './parse-problem';

export function parseQuestionnaire(input: unknown): ParseResult<Questionnaire> {
  let problems: QuestionnaireProblem[];
  try {
    // `reportInput` keeps the offending value on each issue, so messages can say what was found.
    const parsed = questionnaire.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      return { ok: false, problems: parsed.error.issues.flatMap(issueToProblems) };
    }
    problems = checkRules(parsed.data);
    if (problems.length === 0) return { ok: true, value: parsed.data };
  } catch (error) {
    // Only exotic inputs get here (a getter or proxy that throws), never a JSON file.
    const reason = error instanceof Error ? error.message : String(error);
    problems = [
      problem([], 'unreadable', { reason }, `the questionnaire could not be read (${reason})`),
    ];
  }
  return { ok: false, problems };
}
