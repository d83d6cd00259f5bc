/**
 * Writes `questionnaires/schema.json` from the zod schema, so authors get completion and
 * checks in their editor (`"$schema": "./schema.json"`). The file is generated, never edited
 * by hand; a test fails when it is out of date. Rules that span several places (unique ids,
 * show-if targets, texts per locale) are beyond JSON Schema: `npm run validate:questionnaires`
 * checks those.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { QUESTIONNAIRE_SCHEMA_VERSION, questionnaire } from '../src/domain/questionnaire/schema';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../questionnaires/schema.json');

export function generateQuestionnaireSchema(): Record<string, unknown> {
  // `input`: what an author writes, so fields with defaults (weights, flags) are optional.
  const { $schema, ...rest } = z.toJSONSchema(questionnaire, {
    io: 'input',
    target: 'draft-2020-12',
  });
  return {
    $schema,
    $id: `urn:egov-readiness:questionnaire:v${QUESTIONNAIRE_SCHEMA_VERSION}`,
    title: 'E-governance readiness questionnaire',
    description:
      `A self-assessment questionnaire, format version ${QUESTIONNAIRE_SCHEMA_VERSION}: ` +
      'dimensions of items, with a text for every declared locale. Generated from ' +
      'src/domain/questionnaire/schema.ts by `npm run schema:questionnaire`; do not edit.',
    ...rest,
  };
}

export function questionnaireSchemaText(): string {
  return `${JSON.stringify(generateQuestionnaireSchema(), null, 2)}\n`;
}

// vite-node gives a script no way to tell whether it was run or imported, and the test
// imports this file: only write when not under Vitest.
if (!process.env.VITEST) {
  writeFileSync(SCHEMA_FILE, questionnaireSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
