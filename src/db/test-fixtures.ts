/** Shared set-up for the repository tests (not imported by app code). */
import type { Questionnaire } from '../domain/questionnaire/types';
import { addAgency } from './agencies';
import { startAssessment } from './assessments';
import type { Clock } from './clock';
import { storeQuestionnaire } from './questionnaires';
import { addRound } from './rounds';

export function makeQuestionnaire(id = 'core', version = '1.0.0'): Questionnaire {
  return {
    schemaVersion: 1,
    id,
    version,
    kind: 'core',
    locales: ['en'],
    title: { en: `Questionnaire ${id}` },
    description: { en: 'For tests' },
    dimensions: ['strategy', 'services'].map((dimensionId) => ({
      id: dimensionId,
      title: { en: dimensionId },
      description: { en: dimensionId },
      weight: 1,
      discussionPrompts: [],
      items: [
        {
          id: `${dimensionId}.1`,
          type: 'yesPartialNo',
          text: { en: 'Is it so?' },
          weight: 1,
          required: false,
          allowNotApplicable: true,
          allowDontKnow: true,
        },
      ],
    })),
  } satisfies Questionnaire;
}

/** A clock that ticks one second per call from 2025-01-01T00:00:00Z. */
export function tickingClock(start = Date.UTC(2025, 0, 1)): Clock {
  let t = start;
  return () => {
    const at = new Date(t).toISOString();
    t += 1000;
    return at;
  };
}

/** A stored questionnaire, an agency and a round using it. */
export async function seedRound() {
  const questionnaire = makeQuestionnaire();
  await storeQuestionnaire(questionnaire, 'shipped');
  const agency = await addAgency({
    name: 'Ministry of Digital Development',
    shortName: 'MDD',
    kind: 'ministry',
  });
  const round = await addRound({
    name: 'Round 2025',
    period: { start: '2025-01-01', end: '2025-03-31' },
    questionnaires: [{ id: 'core', version: '1.0.0' }],
  });
  return { questionnaire, agency, round };
}

export async function seedDraft(now?: Clock) {
  const seeded = await seedRound();
  const assessment = await startAssessment(
    {
      agencyId: seeded.agency.id,
      roundId: seeded.round.id,
      questionnaire: { id: 'core', version: '1.0.0' },
      respondent: { name: 'Aida', role: 'itUnit' },
    },
    now,
  );
  return { ...seeded, assessment };
}
