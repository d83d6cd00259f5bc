import { roundScore } from './bands';

export interface GapToTarget {
  /** max(0, T − D): how far the score is below the target. */
  gap: number;
  /** min(1, D / T); 1 when the target is 0, since any score meets it. */
  attainment: number;
  /** W · gap: a large gap in a heavy dimension comes first. */
  priority: number;
}

/**
 * Distance from a dimension score D to the coordinator's target T, both in [0, 1].
 * Results are rounded like bands (see `roundScore`), so a score that meets the target on
 * paper does not show a gap of 0.0000000001.
 */
export function gapToTarget(score: number, target: number, weight = 1): GapToTarget {
  const gap = Math.max(0, roundScore(target - score));
  const attainment = target <= 0 ? 1 : Math.min(1, roundScore(score / target));
  return { gap, attainment, priority: weight * gap };
}
