/**
 * Fragmentation across the agencies of one round (DOMAIN "Scoring"): how far apart the
 * agencies are per dimension and overall, and how uneven each agency is within itself.
 */
import type { Questionnaire } from '../questionnaire/types';
import { roundScore } from '../scoring/bands';
import type { AssessmentScore } from '../scoring/score';
import { imbalance } from './bands';
import { describe, type Summary } from './describe';

export interface AgencyInput {
  agencyId: string;
  score: AssessmentScore;
}

export interface SpreadStatistics {
  /** Present when a target applies; `summary.shareBelowTarget` is then set. */
  target?: number;
  /** Over the agencies that have a score here; null when none has. */
  summary: Summary | null;
}

export interface DimensionSpread extends SpreadStatistics {
  dimensionId: string;
}

export interface AgencyImbalance {
  agencyId: string;
  /** SD of the agency's own dimension scores; null with fewer than two (see `imbalance`). */
  imbalance: number | null;
}

export interface RoundStatistics {
  /** In questionnaire order. */
  dimensions: DimensionSpread[];
  overall: SpreadStatistics;
  /** In the order given. */
  agencies: AgencyImbalance[];
  /** The dimension where agencies differ most; see `mostUneven`. */
  mostUneven: string | null;
}

/**
 * The overall target, since a round sets targets per dimension only: Σ W_d·T_d / Σ W_d, the
 * overall score of an agency that meets every target exactly. Only when every dimension has
 * a target; otherwise there is no overall target and no share below it.
 */
export function overallTarget(
  q: Questionnaire,
  targets: Record<string, number>,
): number | undefined {
  let weighted = 0;
  let total = 0;
  for (const d of q.dimensions) {
    const t = targets[d.id];
    if (t === undefined) return undefined;
    weighted += d.weight * t;
    total += d.weight;
  }
  return total > 0 ? weighted / total : undefined;
}

function spread(values: number[], target: number | undefined): SpreadStatistics {
  const summary = describe(values, target);
  return target === undefined ? { summary } : { target, summary };
}

/**
 * The dimension with the highest CV among those with n ≥ 2; ties (after rounding to 9
 * decimals) go to the higher Gini, then to the earlier dimension. null when no dimension has
 * two scores, or none has a CV above 0 (all agencies level, or a mean of 0, where CV is
 * undefined): calling a dimension "most uneven" when nothing is uneven would mislead.
 */
export function mostUneven(dimensions: readonly DimensionSpread[]): string | null {
  let best: { id: string; cv: number; gini: number } | null = null;
  for (const { dimensionId, summary } of dimensions) {
    if (!summary || summary.n < 2 || summary.cv === null) continue;
    const cv = roundScore(summary.cv);
    const gini = roundScore(summary.gini ?? 0);
    if (cv <= 0) continue;
    if (!best || cv > best.cv || (cv === best.cv && gini > best.gini)) {
      best = { id: dimensionId, cv, gini };
    }
  }
  return best?.id ?? null;
}

/**
 * Dimension scores are matched by dimension id, so a score from a questionnaire version with
 * fewer dimensions simply has no value there. `targets` are the round's targets for `q`.
 */
export function roundStatistics(
  q: Questionnaire,
  agencies: readonly AgencyInput[],
  targets: Record<string, number>,
): RoundStatistics {
  const scoreOf = (a: AgencyInput, dimensionId: string): number | null =>
    a.score.dimensions.find((d) => d.dimensionId === dimensionId)?.score ?? null;

  const dimensions = q.dimensions.map((d): DimensionSpread => {
    const values = agencies.flatMap((a) => {
      const s = scoreOf(a, d.id);
      return s === null ? [] : [s];
    });
    return { dimensionId: d.id, ...spread(values, targets[d.id]) };
  });
  const overallValues = agencies.flatMap((a) =>
    a.score.overall.score === null ? [] : [a.score.overall.score],
  );

  return {
    dimensions,
    overall: spread(overallValues, overallTarget(q, targets)),
    agencies: agencies.map((a) => ({
      agencyId: a.agencyId,
      imbalance: imbalance(q.dimensions.map((d) => scoreOf(a, d.id))),
    })),
    mostUneven: mostUneven(dimensions),
  };
}
