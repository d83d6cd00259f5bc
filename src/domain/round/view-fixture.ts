/**
 * RoundView values for tests of the round screens, built by `buildRoundView` from records made
 * here: one number item per dimension, so a test can give any score in [0, 1] directly
 * (stored value = 100 · score on a 0–100 scale).
 */
import type { Agency, AgencyKind, Assessment, Round } from '../records';
import { answers, dimension, numberItem, questionnaire } from '../scoring/test-fixtures';
import { buildRoundView } from './round-view';
import type { AgencyStatus, RoundView } from './types';

export interface FixtureAgency {
  name: string;
  kind?: AgencyKind;
  demo?: boolean;
  /** Default: submitted when scores are given, otherwise not started. */
  status?: AgencyStatus;
  /** Per dimension id, in [0, 1]; a dimension left out or null has no answer. */
  scores?: Record<string, number | null>;
}

export interface FixtureSpec {
  /** Dimension ids, in questionnaire order; titles are "Dimension <id>". */
  dimensions: string[];
  agencies: FixtureAgency[];
  targets?: Record<string, number>;
  round?: Partial<Round>;
}

const AT = '2026-01-01T00:00:00.000Z';

export function fixtureView(spec: FixtureSpec): RoundView {
  const q = questionnaire(
    spec.dimensions.map((id) => dimension(id, [numberItem(`${id}-n`, { worst: 0, best: 100 })])),
  );
  const round: Round = {
    id: 'round-1',
    name: 'Baseline 2026',
    period: { start: '2026-01-01', end: '2026-03-31' },
    questionnaires: [{ id: q.id, version: q.version }],
    targets: { [q.id]: spec.targets ?? {} },
    createdAt: AT,
    updatedAt: AT,
    ...spec.round,
  };
  const agencies: Agency[] = [];
  const assessments: Assessment[] = [];
  spec.agencies.forEach((a, index) => {
    const id = `agency-${index + 1}`;
    agencies.push({
      id,
      name: a.name,
      shortName: a.name.slice(0, 8),
      kind: a.kind ?? 'ministry',
      createdAt: AT,
      updatedAt: AT,
      ...(a.demo ? { demo: true as const } : {}),
    });
    const status = a.status ?? (a.scores ? 'submitted' : 'notStarted');
    if (status === 'notStarted') return;
    const given: Record<string, number> = {};
    for (const [dimensionId, score] of Object.entries(a.scores ?? {})) {
      if (score !== null) given[`${dimensionId}-n`] = Math.round(score * 1e6) / 1e4;
    }
    assessments.push({
      id: `assessment-${index + 1}`,
      agencyId: id,
      roundId: round.id,
      questionnaire: { id: q.id, version: q.version },
      respondent: { name: 'Respondent', role: 'leadership' },
      status,
      answers: answers(given),
      revision: 1,
      createdAt: AT,
      updatedAt: AT,
      ...(status === 'submitted' ? { submittedAt: AT } : {}),
      history: [],
    });
  });
  return buildRoundView({ round, questionnaire: q, agencies, assessments });
}
