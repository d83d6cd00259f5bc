/**
 * The plain-language reading of the fragmentation figures, as data: the screen words it in the
 * reader's language ("Interoperability is the most uneven area: scores range from 12 to 88
 * (CV 0.52, high by the heuristic)."). The most uneven dimension is `mostUneven` of the round
 * statistics; the most even is its mirror image.
 */
import { roundScore } from '../scoring/bands';
import { cvBand, type CvBand } from '../statistics/bands';
import type { DimensionSpread, RoundStatistics } from '../statistics/round';

export interface SpreadFacts {
  dimensionId: string;
  /** Agencies with a score in this dimension. */
  n: number;
  min: number;
  max: number;
  cv: number;
  band: CvBand;
}

export type FragmentationReading =
  /** Fewer than two agencies have a submitted score: nothing to compare yet. */
  | { kind: 'tooFew'; agencies: number }
  /** Every dimension is level across agencies (CV 0 or undefined everywhere). */
  | { kind: 'level'; agencies: number }
  | {
      kind: 'uneven';
      agencies: number;
      mostUneven: SpreadFacts;
      /** null when no other dimension has a lower CV (one dimension, or all alike). */
      mostEven: SpreadFacts | null;
    };

function facts(spread: DimensionSpread | undefined): SpreadFacts | null {
  const s = spread?.summary;
  if (!spread || !s || s.cv === null) return null;
  return {
    dimensionId: spread.dimensionId,
    n: s.n,
    min: s.min,
    max: s.max,
    cv: s.cv,
    band: cvBand(s.cv) ?? 'low',
  };
}

/**
 * The dimension with the lowest CV among those with n ≥ 2 and a CV; ties (to 9 decimals) to
 * the lower Gini, then the earlier dimension. A CV of 0 counts: all agencies level there.
 */
export function mostEven(dimensions: readonly DimensionSpread[]): string | null {
  let best: { id: string; cv: number; gini: number } | null = null;
  for (const { dimensionId, summary } of dimensions) {
    if (!summary || summary.n < 2 || summary.cv === null) continue;
    const cv = roundScore(summary.cv);
    const gini = roundScore(summary.gini ?? 0);
    if (!best || cv < best.cv || (cv === best.cv && gini < best.gini)) {
      best = { id: dimensionId, cv, gini };
    }
  }
  return best?.id ?? null;
}

export function fragmentationReading(statistics: RoundStatistics): FragmentationReading {
  const agencies = statistics.overall.summary?.n ?? 0;
  if (agencies < 2) return { kind: 'tooFew', agencies };
  const byId = (id: string | null) => statistics.dimensions.find((d) => d.dimensionId === id);
  const uneven = facts(byId(statistics.mostUneven));
  if (!uneven) return { kind: 'level', agencies };
  const even = facts(byId(mostEven(statistics.dimensions)));
  const distinct = even !== null && roundScore(even.cv) < roundScore(uneven.cv);
  return { kind: 'uneven', agencies, mostUneven: uneven, mostEven: distinct ? even : null };
}
