/** Small record builders for the round and trend tests (not imported by app code). */
import type { Questionnaire } from '../questionnaire/types';
import type { Agency, Answers, Assessment, RespondentRole, Round } from '../records';

const AT = '2025-01-01T00:00:00.000Z';

export function agency(id: string, name = `Agency ${id}`): Agency {
  return { id, name, shortName: id, kind: 'agency', createdAt: AT, updatedAt: AT };
}

export function round(
  id: string,
  q: Pick<Questionnaire, 'id' | 'version'>,
  targets?: Record<string, number>,
): Round {
  return {
    id,
    name: `Round ${id}`,
    period: { start: '2025-01-01', end: '2025-03-31' },
    questionnaires: [{ id: q.id, version: q.version }],
    targets: targets ? { [q.id]: targets } : {},
    createdAt: AT,
    updatedAt: AT,
  };
}

let counter = 0;

export function assessment(
  agencyId: string,
  r: Round,
  answers: Answers,
  options: {
    role?: RespondentRole;
    status?: Assessment['status'];
    questionnaire?: { id: string; version: string };
  } = {},
): Assessment {
  const status = options.status ?? 'submitted';
  const core = r.questionnaires[0] ?? { id: 'none', version: '0' };
  counter += 1;
  return {
    id: `assessment-${counter}`,
    agencyId,
    roundId: r.id,
    questionnaire: options.questionnaire ?? core,
    respondent: { name: `Respondent ${counter}`, role: options.role ?? 'itUnit' },
    status,
    answers,
    revision: 1,
    createdAt: AT,
    updatedAt: AT,
    ...(status === 'submitted' ? { submittedAt: AT } : {}),
    history: [],
  };
}
