/**
 * One agency in one round, for its own page: the combined score per dimension, and with
 * several respondents the mean per role and the questions where roles diverge (DOMAIN
 * "Scoring": divergence = max role mean − min role mean, flagged at ≥ 0.25, one level).
 */
import type { Dimension, Item, Questionnaire } from '../questionnaire/types';
import type { AgencyRow, RoundView } from '../round/types';
import type { Band, Stage } from '../scoring/bands';
import { gapToTarget } from '../scoring/gap';
import type { AssessmentScore } from '../scoring/score';
import type { CombinedScore, Divergence } from '../statistics/respondents';

export function findAgencyRow(view: RoundView, agencyId: string): AgencyRow | null {
  return view.rows.find((row) => row.agency.id === agencyId) ?? null;
}

export interface RoleMeanRow {
  /** null for the overall score. */
  dimensionId: string | null;
  /** Per role, in the order of `combined.roleMeans`; null where the role scored nothing. */
  values: (number | null)[];
}

/** Dimensions × roles, then the overall row; the columns are `combined.roleMeans`' roles. */
export function roleMeanRows(q: Questionnaire, combined: CombinedScore): RoleMeanRow[] {
  const roles = combined.roleMeans;
  return [
    ...q.dimensions.map((d) => ({
      dimensionId: d.id,
      values: roles.map((r) => r.dimensions[d.id] ?? null),
    })),
    { dimensionId: null, values: roles.map((r) => r.overall) },
  ];
}

export interface DivergentItem extends Divergence {
  item: Item;
  dimension: Dimension;
}

/**
 * The flagged items with their questions, largest spread first; equal spreads keep the
 * questionnaire's order. Items the questionnaire no longer has are left out.
 */
export function divergentItems(q: Questionnaire, combined: CombinedScore): DivergentItem[] {
  const place = new Map<string, { item: Item; dimension: Dimension; index: number }>();
  let index = 0;
  for (const dimension of q.dimensions) {
    for (const item of dimension.items) place.set(item.id, { item, dimension, index: index++ });
  }
  const found = combined.divergent.flatMap((d) => {
    const at = place.get(d.itemId);
    return at ? [{ divergence: d, ...at }] : [];
  });
  found.sort((a, b) => b.divergence.spread - a.divergence.spread || a.index - b.index);
  return found.map(({ divergence, item, dimension }) => ({ ...divergence, item, dimension }));
}

export interface AgencyScoreRow {
  /** null for the overall score. */
  dimensionId: string | null;
  score: number | null;
  band: Band | null;
  stage: Stage | null;
  target: number | null;
  /** max(0, target − score); null without a target or a score. */
  gap: number | null;
  completeness: number;
}

/** The agency's combined score per dimension, then overall, with the round's targets. */
export function agencyScoreRows(view: RoundView, score: AssessmentScore): AgencyScoreRow[] {
  const dimensions = score.dimensions.map((d): AgencyScoreRow => {
    const target = view.targets[d.dimensionId] ?? null;
    return {
      dimensionId: d.dimensionId,
      score: d.score,
      band: d.band,
      stage: d.stage,
      target,
      gap: target === null || d.score === null ? null : gapToTarget(d.score, target).gap,
      completeness: d.completeness,
    };
  });
  const { overall } = score;
  const target = view.statistics.overall.target ?? null;
  return [
    ...dimensions,
    {
      dimensionId: null,
      score: overall.score,
      band: overall.band,
      stage: overall.stage,
      target,
      gap:
        target === null || overall.score === null ? null : gapToTarget(overall.score, target).gap,
      completeness: overall.completeness,
    },
  ];
}
