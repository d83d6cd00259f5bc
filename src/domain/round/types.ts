/**
 * What the coordinator's screens show for one round, assembled by pure functions from the
 * stored records (`buildRoundView`, `buildTrends`), so every screen, chart, table and CSV
 * shows the same figures.
 */
import type { Questionnaire } from '../questionnaire/types';
import type { Agency, Assessment, Round } from '../records';
import type { AssessmentScore } from '../scoring/score';
import type { RoundStatistics } from '../statistics/round';
import type { CombinedScore } from '../statistics/respondents';
import type { SmallGroupHiding } from '../anonymity/small-groups';

/** Submitted when at least one respondent submitted; draft when only drafts exist. */
export type AgencyStatus = 'notStarted' | 'draft' | 'submitted';

export interface AgencyRow {
  agency: Agency;
  status: AgencyStatus;
  /** The agency's assessments in this round on the view's questionnaire (core or module). */
  assessments: Assessment[];
  /** Submitted respondents combined (DOMAIN: mean of role means); null when none submitted. */
  combined: CombinedScore | null;
  /** Shortcut to `combined.score`. */
  score: AssessmentScore | null;
  /** Overall completeness of the combined score, or of the furthest draft; null if not started. */
  completeness: number | null;
}

export interface RoundView {
  round: Round;
  /** The questionnaire shown: the round's core, or one of its modules. */
  questionnaire: Questionnaire;
  /** Targets for that questionnaire, per dimension id, in [0, 1]. */
  targets: Record<string, number>;
  /** Every agency on the device, sorted by name; those without an assessment are not started. */
  rows: AgencyRow[];
  /** Over the agencies with a submitted (combined) score. */
  statistics: RoundStatistics;
  /** Set when names were replaced by letters (domain/anonymity/anonymise). */
  anonymised?: true;
  /** Set when figures from too few agencies were taken out (domain/anonymity/small-groups). */
  smallGroups?: SmallGroupHiding;
}

export interface RoundInput {
  round: Round;
  questionnaire: Questionnaire;
  agencies: readonly Agency[];
  /** Assessments of this round (any questionnaire; others are ignored). */
  assessments: readonly Assessment[];
}

/** Change of one agency between two rounds, on the items both questionnaires share. */
export interface AgencyTrend {
  agencyId: string;
  /** Per dimension id: later − earlier score, each on the shared items only; null if either is missing. */
  dimensions: Record<
    string,
    { before: number | null; after: number | null; change: number | null }
  >;
  overall: { before: number | null; after: number | null; change: number | null };
}

export interface TrendView {
  earlier: Round;
  later: Round;
  /** True when the two rounds used different questionnaire versions or ids. */
  differentVersions: boolean;
  /** Item ids scored in both rounds; items only in one version are listed apart. */
  sharedItems: string[];
  onlyEarlier: string[];
  onlyLater: string[];
  /** Agencies with a submitted score in both rounds, ordered by overall change, largest rise first. */
  agencies: AgencyTrend[];
}
