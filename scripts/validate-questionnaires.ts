/**
 * Checks every shipped questionnaire (`questionnaires/*.json`, not schema.json, not
 * subfolders) with the parser the app itself uses, and lists every problem it finds.
 * Exits with 1 when any file is broken, or when there are no files at all: a build without
 * a questionnaire ships an app that can assess nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatProblem } from '../src/domain/problems';
import { parseQuestionnaire } from '../src/domain/questionnaire/parse';
import { listQuestionnaireFiles } from './vite-plugin-questionnaires';

// Another folder may be given (`vite-node scripts/validate-questionnaires.ts -- <dir>`).
const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../questionnaires'));

function readJson(file: string): { ok: true; json: unknown } | { ok: false; reason: string } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
    const json: unknown = JSON.parse(text);
    return { ok: true, json };
  } catch (error) {
    // Node quotes the text around the error, newlines and all: keep it to one line.
    const reason = (error instanceof Error ? error.message : String(error)).replace(
      /\s*\n\s*/g,
      ' ',
    );
    return { ok: false, reason: withLineAndColumn(reason, text) };
  }
}

/** Node names only the character offset of a JSON error; authors look for a line. */
function withLineAndColumn(reason: string, text: string): string {
  const position = /at position (\d+)/.exec(reason)?.[1];
  if (position === undefined) return reason;
  const before = text.slice(0, Number(position)).split('\n');
  return `${reason} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** One file's report: the lines to print and whether it passed. */
function checkFile(file: string): { ok: boolean; lines: string[] } {
  const name = relative(process.cwd(), file);
  const read = readJson(file);
  if (!read.ok) {
    return { ok: false, lines: [`FAIL ${name}`, `  not valid JSON: ${read.reason}`] };
  }
  const result = parseQuestionnaire(read.json);
  if (!result.ok) {
    const count = result.problems.length;
    return {
      ok: false,
      lines: [
        `FAIL ${name}  ${count} ${count === 1 ? 'problem' : 'problems'}`,
        ...result.problems.map((p) => `  ${formatProblem(p)}`),
      ],
    };
  }
  const q = result.value;
  const items = q.dimensions.reduce((sum, d) => sum + d.items.length, 0);
  return {
    ok: true,
    lines: [`ok  ${name}  ${q.id}@${q.version}  ${q.dimensions.length} dimensions, ${items} items`],
  };
}

function main(): number {
  // Subfolders (such as _parts/) hold sources other tools assemble, not questionnaires.
  const files = listQuestionnaireFiles(dir).filter((file) => statSync(file).isFile());
  if (files.length === 0) {
    console.error(`no questionnaire files in ${relative(process.cwd(), dir) || '.'}`);
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const report = checkFile(file);
    if (!report.ok) failed += 1;
    (report.ok ? console.log : console.error)(report.lines.join('\n'));
  }
  if (failed > 0) {
    console.error(`\n${failed} of ${files.length} questionnaire files have problems`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
