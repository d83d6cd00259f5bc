/**
 * Generates the demo data set from the default seed, exactly as the app's "Explore with
 * demo data" does, and prints what it holds and the SHA-256 of its JSON, so anyone can
 * check that the same numbers come back. `--out <file>` also writes the JSON.
 *
 *   npm run demo:generate [-- --out demo.json]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_SEED, generateDemoData } from '../src/domain/demo/generate';
import { formatProblem } from '../src/domain/problems';
import { parseQuestionnaire } from '../src/domain/questionnaire/parse';
import type { Questionnaire } from '../src/domain/questionnaire/types';
import { buildRoundView } from '../src/domain/round/round-view';
import { toPercent } from '../src/domain/scoring/bands';

const DIR = resolve(import.meta.dirname, '../questionnaires');
const CORE = resolve(DIR, 'egov-readiness-core.json');

/** The shipped module questionnaires, in id order, as the app passes them. */
function shippedModules(): Questionnaire[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .flatMap((name) => {
      const result = parseQuestionnaire(JSON.parse(readFileSync(resolve(DIR, name), 'utf8')));
      return result.ok && result.value.kind === 'module' ? [result.value] : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function outFile(args: readonly string[]): string | undefined {
  const index = args.indexOf('--out');
  if (index < 0) return undefined;
  const file = args[index + 1];
  if (!file) throw new Error('--out needs a file name');
  return resolve(file);
}

function table(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  rows.forEach((row, n) => {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

function main(): number {
  const parsed = parseQuestionnaire(JSON.parse(readFileSync(CORE, 'utf8')));
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(formatProblem(problem));
    return 1;
  }
  const q = parsed.value;
  const modules = shippedModules();
  const data = generateDemoData(q, DEMO_SEED, modules);
  const views = data.rounds.map((round) =>
    buildRoundView({
      round,
      questionnaire: q,
      agencies: data.agencies,
      assessments: data.assessments,
    }),
  );

  const header = ['agency', ...views.flatMap((v) => [v.round.name, 'respondents'])];
  const rows = (views[0]?.rows ?? []).map((first) => [
    first.agency.shortName,
    ...views.flatMap((view) => {
      const row = view.rows.find((r) => r.agency.id === first.agency.id);
      const score = row?.score?.overall.score;
      const shown =
        score !== null && score !== undefined ? toPercent(score).toFixed(1) : (row?.status ?? '');
      return [shown, String(row?.assessments.length ?? 0)];
    }),
  ]);
  console.log(`Demo data, seed ${DEMO_SEED}, on ${q.id} ${q.version}\n`);
  table([header, ...rows]);

  const json = `${JSON.stringify(data, null, 2)}\n`;
  const sha256 = createHash('sha256').update(json).digest('hex');
  console.log(
    `\n${data.agencies.length} agencies, ${data.rounds.length} rounds, ${data.assessments.length} assessments`,
  );
  for (const m of modules) {
    const answered = data.assessments.filter((a) => a.questionnaire.id === m.id).length;
    console.log(`module ${m.id} ${m.version}: ${answered} assessments in the follow-up round`);
  }
  console.log(`SHA-256 of the JSON: ${sha256}`);
  const out = outFile(process.argv.slice(2));
  if (out) {
    writeFileSync(out, json);
    console.log(`written to ${out}`);
  }
  return 0;
}

process.exitCode = main();
