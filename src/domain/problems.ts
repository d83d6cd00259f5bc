/**
 * Everything that enters the app (a questionnaire file, later exchange files and backups)
 * is checked by a domain function that returns either a value or a list of problems.
 * A problem names the place (`path`) and the rule broken (`code` with its `params`), so a
 * screen can word it in the person's language; `message` is the English wording used by
 * the command-line checks and as the last fallback.
 */
export type ProblemPath = (string | number)[];

export interface Problem {
  path: ProblemPath;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * `['dimensions', 3, 'items', 2, 'levels']` → `dimensions[3].items[2].levels`;
 * `['answers', 'lead.strategy']` → `answers["lead.strategy"]`.
 */
export function formatPath(path: ProblemPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    // Item ids such as "lead.strategy" are quoted, so the path reads the way it was walked.
    else if (!/^[A-Za-z_$][\w$]*$/.test(part)) out += `[${JSON.stringify(part)}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(file)';
}

/** One line per problem, as authors see it: `place: rule`. */
export function formatProblem(problem: Problem): string {
  return `${formatPath(problem.path)}: ${problem.message}`;
}
