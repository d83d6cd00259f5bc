/**
 * Makes the shipped questionnaires available as `virtual:shipped-questionnaires`: a small
 * list (id, version, kind) with a lazy loader per file, so questionnaire text never weighs
 * on the first screen. Every file is checked with the same parser the app uses for
 * user-added questionnaires, and a broken file stops the build with the problems listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseQuestionnaire } from '../src/domain/questionnaire/parse';
import { formatProblem } from '../src/domain/problems';
import type { Questionnaire } from '../src/domain/questionnaire/types';

const VIRTUAL_ID = 'virtual:shipped-questionnaires';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const FILE_PREFIX = VIRTUAL_ID + '/';

export function listQuestionnaireFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The parsed form of each file (defaults filled in, e.g. weights and "not applicable"
 * allowed) is what ships, so the app never sees a questionnaire the parser has not shaped.
 */
export function shippedQuestionnaires(
  dir = resolve(import.meta.dirname, '../questionnaires'),
): Plugin {
  return {
    name: 'shipped-questionnaires',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id.startsWith(FILE_PREFIX)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        const entries = listQuestionnaireFiles(dir).map((file) => {
          this.addWatchFile(file);
          const q = parseShipped(file, (m) => this.error(m));
          // No `.json` ending on the virtual id: Vite's JSON plugin would claim it.
          const module = JSON.stringify(FILE_PREFIX + basename(file, '.json'));
          return (
            `{ id: ${JSON.stringify(q.id)}, version: ${JSON.stringify(q.version)}, kind: ${JSON.stringify(q.kind)}, ` +
            `load: () => import(${module}).then((m) => m.default) }`
          );
        });
        return `export default [\n${entries.join(',\n')}\n];\n`;
      }
      if (id.startsWith('\0' + FILE_PREFIX)) {
        const file = join(dir, `${id.slice(1 + FILE_PREFIX.length)}.json`);
        // JSON.parse of a string literal is quicker for browsers than a large object literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(parseShipped(file, (m) => this.error(m))))});\n`;
      }
      return undefined;
    },
  };
}

function parseShipped(file: string, fail: (message: string) => never): Questionnaire {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file}: not valid JSON (${String(error)})`);
  }
  const result = parseQuestionnaire(json);
  if (!result.ok) fail(`${file}:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.value;
}
