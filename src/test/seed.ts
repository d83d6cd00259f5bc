/** Seeds IndexedDB through the repositories, as the app itself would, for component tests. */
import { addAgency } from '@/db/agencies';
import { saveAnswers, startAssessment, submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { storeQuestionnaire } from '@/db/questionnaires';
import { addRound } from '@/db/rounds';
import { questionnaireFixture } from '@/domain/questionnaire/fixture';
import type { QuestionnaireFixture } from '@/domain/questionnaire/fixture';
import { parseQuestionnaire } from '@/domain/questionnaire/parse';
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Answer, Assessment, Response } from '@/domain/records';

export async function resetDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}

/** The fixture questionnaire, parsed (defaults filled), after `change` adjusted its parts. */
export function fixtureQuestionnaire(change?: (f: QuestionnaireFixture) => void): Questionnaire {
  const fixture = questionnaireFixture();
  change?.(fixture);
  const parsed = parseQuestionnaire(fixture.q);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export async function seedQuestionnaire(change?: (f: QuestionnaireFixture) => void) {
  const questionnaire = fixtureQuestionnaire(change);
  await storeQuestionnaire(questionnaire, 'user');
  return questionnaire;
}

export async function seedAgency(name = 'Ministry of Digital Development') {
  return addAgency({ name, shortName: 'MDD', kind: 'ministry' });
}

export async function seedRound(questionnaire: Questionnaire, targets?: Record<string, number>) {
  return addRound({
    name: 'Baseline 2026',
    period: { start: '2026-01-01', end: '2026-03-31' },
    questionnaires: [{ id: questionnaire.id, version: questionnaire.version }],
    ...(targets ? { targets: { [questionnaire.id]: targets } } : {}),
  });
}

/** A stored fixture questionnaire, agency and round, and a fresh draft on them. */
export async function seedDraft(
  options: {
    change?: (f: QuestionnaireFixture) => void;
    targets?: Record<string, number>;
  } = {},
) {
  const questionnaire = await seedQuestionnaire(options.change);
  const agency = await seedAgency();
  const round = await seedRound(questionnaire, options.targets);
  const assessment = await startAssessment({
    agencyId: agency.id,
    roundId: round.id,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondent: { name: 'Aida', role: 'itUnit' },
  });
  return { questionnaire, agency, round, assessment };
}

export const value = (v: number | string): Response => ({ kind: 'value', value: v });

/** Stores responses as another tab would (each on top of what is stored now). */
export async function answerDirectly(
  assessmentId: string,
  responses: Record<string, Response | Omit<Answer, 'at'>>,
): Promise<void> {
  const stored = await readAssessment(assessmentId);
  const at = new Date().toISOString();
  await saveAnswers(
    assessmentId,
    Object.entries(responses).map(([itemId, r]) => ({
      itemId,
      answer: 'kind' in r ? { response: r, at } : { ...r, at },
      baseAt: stored.answers[itemId]?.at ?? null,
    })),
  );
}

export async function seedSubmitted(
  responses: Record<string, Response>,
  options: { targets?: Record<string, number> } = {},
) {
  const seeded = await seedDraft(options);
  await answerDirectly(seeded.assessment.id, responses);
  await submitAssessment(seeded.assessment.id);
  return seeded;
}

export async function readAssessment(id: string): Promise<Assessment> {
  const assessment = await db.assessments.get(id);
  if (!assessment) throw new Error(`assessment ${id} is not stored`);
  return assessment;
}
