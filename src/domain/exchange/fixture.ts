/**
 * Valid exchange content for tests and the bad-input corpus: the test questionnaire
 * (one item of every type), one agency, one round and one submitted assessment. Each call
 * builds fresh objects, so a test may change any part.
 */
import { parseQuestionnaire } from '../questionnaire/parse';
import { questionnaireFixture } from '../questionnaire/fixture';
import type { Questionnaire } from '../questionnaire/types';
import type { Action, Agency, Assessment, Round } from '../records';
import type { ExchangeContent } from './format';

export const AGENCY_ID = '5b0e8a52-3f7c-4c1e-9a51-0c1f6f2f4a01';
export const ROUND_ID = '0d6f1e2a-8b3c-4d5e-9f60-7a8b9c0d1e02';
export const ASSESSMENT_ID = 'c3a4b5d6-e7f8-4a9b-8c0d-1e2f3a4b5c03';
export const ACTION_ID = '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a04';
const AT = '2025-03-01T09:00:00.000Z';
const LATER = '2025-03-02T15:30:00.000Z';

export function fixtureQuestionnaire(): Questionnaire {
  const parsed = parseQuestionnaire(questionnaireFixture().q);
  if (!parsed.ok) throw new Error('the questionnaire fixture no longer parses');
  return parsed.value;
}

export function fixtureAgency(): Agency {
  return {
    id: AGENCY_ID,
    name: 'Ministry of Digital Development',
    shortName: 'MDD',
    kind: 'ministry',
    createdAt: AT,
    updatedAt: AT,
  };
}

export function fixtureRound(): Round {
  return {
    id: ROUND_ID,
    name: 'Round 2025',
    period: { start: '2025-01-01', end: '2025-06-30' },
    questionnaires: [{ id: 'core', version: '1.0.0' }],
    targets: { core: { strategy: 0.75, services: 0.5 } },
    createdAt: AT,
    updatedAt: AT,
  };
}

export function fixtureAssessment(): Assessment {
  return {
    id: ASSESSMENT_ID,
    agencyId: AGENCY_ID,
    roundId: ROUND_ID,
    questionnaire: { id: 'core', version: '1.0.0' },
    respondent: { name: 'Айгүл Асанова', role: 'itUnit' },
    status: 'submitted',
    answers: {
      lvl: { response: { kind: 'value', value: 3 }, note: 'Strategy adopted in 2024', at: AT },
      ypn: { response: { kind: 'value', value: 'yes' }, at: AT },
      pct: { response: { kind: 'value', value: 62.5 }, at: AT },
      cho: { response: { kind: 'na' }, at: AT },
      num: { response: { kind: 'dk' }, note: 'Асыл маалымат жок', at: AT },
      txt: { note: 'Only a note', at: AT },
      'follow-up': { response: { kind: 'value', value: 'partial' }, at: LATER },
    },
    revision: 4,
    createdAt: AT,
    updatedAt: LATER,
    submittedAt: LATER,
    history: [],
  };
}

/** An action on the fixture's "strategy" dimension; not in `fixtureContent`, add it where needed. */
export function fixtureAction(): Action {
  return {
    id: ACTION_ID,
    agencyId: AGENCY_ID,
    roundId: ROUND_ID,
    questionnaireId: 'core',
    dimensionId: 'strategy',
    what: 'Approve the digital strategy',
    who: 'Deputy minister',
    due: '2025-09-30',
    status: 'planned',
    createdAt: LATER,
    updatedAt: LATER,
    revision: 1,
  };
}

export function fixtureContent(): ExchangeContent {
  return {
    questionnaires: [fixtureQuestionnaire()],
    agencies: [fixtureAgency()],
    rounds: [fixtureRound()],
    assessments: [fixtureAssessment()],
  };
}
