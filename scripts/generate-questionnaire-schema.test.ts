import { readFileSync } from 'node:fs';
import { generateQuestionnaireSchema, SCHEMA_FILE } from './generate-questionnaire-schema';

describe('questionnaires/schema.json', () => {
  it('matches the zod schema (run `npm run schema:questionnaire` after changing it)', () => {
    const committed: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(generateQuestionnaireSchema());
  });

  it('names the item types and carries the schema descriptions', () => {
    const text = JSON.stringify(generateQuestionnaireSchema());
    for (const type of ['level', 'yesPartialNo', 'percentage', 'choice', 'number', 'text']) {
      expect(text).toContain(`"const":"${type}"`);
    }
    expect(text).toContain('"description":"The question or statement"');
    expect(text).toContain('"$id":"urn:egov-readiness:questionnaire:v1"');
  });
});
