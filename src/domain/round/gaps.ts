/**
 * Gaps to the round's targets per dimension and overall (DOMAIN: gap = max(0, T − D)): how far
 * the agencies are below on average, how many are below, and who is furthest away.
 */
import { gapToTarget } from '../scoring/gap';
import type { RoundView } from './types';

export interface AgencyGap {
  agencyId: string;
  name: string;
  demo: boolean;
  score: number;
  gap: number;
}

export interface GapRow {
  /** A dimension id, or null for the overall score. */
  dimensionId: string | null;
  /** undefined when the round sets no target here. */
  target: number | undefined;
  /** Agencies with a score here. */
  scored: number;
  /** Of those, how many are below the target (gap > 0). */
  below: number;
  /** Mean of max(0, T − D) over the scored agencies (those at or above count as 0). */
  meanGap: number | null;
  /** The agencies with the largest gaps, largest first, ties in the view's (name) order. */
  largest: AgencyGap[];
}

export const LARGEST_GAPS = 3;

interface Scored {
  agencyId: string;
  name: string;
  demo: boolean;
  score: number;
}

function gapRow(
  dimensionId: string | null,
  target: number | undefined,
  scored: readonly Scored[],
  top: number,
): GapRow {
  if (target === undefined) {
    return { dimensionId, target, scored: scored.length, below: 0, meanGap: null, largest: [] };
  }
  const gaps = scored.map((s): AgencyGap => ({ ...s, gap: gapToTarget(s.score, target).gap }));
  const below = gaps.filter((g) => g.gap > 0);
  const total = gaps.reduce((sum, g) => sum + g.gap, 0);
  return {
    dimensionId,
    target,
    scored: gaps.length,
    below: below.length,
    meanGap: gaps.length > 0 ? total / gaps.length : null,
    // Array sort is stable, so equal gaps keep the view's name order.
    largest: [...below].sort((a, b) => b.gap - a.gap).slice(0, top),
  };
}

/** One row per dimension in questionnaire order, then the overall row (against `overallTarget`). */
export function gapRows(view: RoundView, top = LARGEST_GAPS): GapRow[] {
  const agencies = view.rows.flatMap((r) =>
    r.score ? [{ agency: r.agency, score: r.score }] : [],
  );
  const who = (a: (typeof agencies)[number]) => ({
    agencyId: a.agency.id,
    name: a.agency.name,
    demo: a.agency.demo === true,
  });
  const rows = view.questionnaire.dimensions.map((d) => {
    const scored = agencies.flatMap((a) => {
      const score = a.score.dimensions.find((x) => x.dimensionId === d.id)?.score ?? null;
      return score === null ? [] : [{ ...who(a), score }];
    });
    return gapRow(d.id, view.targets[d.id], scored, top);
  });
  const overall = agencies.flatMap((a) =>
    a.score.overall.score === null ? [] : [{ ...who(a), score: a.score.overall.score }],
  );
  rows.push(gapRow(null, view.statistics.overall.target, overall, top));
  return rows;
}
