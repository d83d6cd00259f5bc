/**
 * Readings of spread that DOMAIN calls heuristics. They are rules of thumb for where to look
 * first, not tested thresholds, and the UI must label them as such ("heuristic").
 */
import { roundScore } from '../scoring/bands';
import { describe } from './describe';

export type CvBand = 'low' | 'moderate' | 'high';

/** Heuristic cut-offs for the coefficient of variation across agencies. */
export const CV_BAND_LIMITS = { moderate: 0.15, high: 0.3 } as const;

/**
 * Heuristic: CV < 0.15 low, 0.15–0.30 moderate (both ends included), > 0.30 high. Compared
 * after rounding to 9 decimals (see `roundScore`). null when there is no CV (mean 0).
 */
export function cvBand(cv: number | null): CvBand | null {
  if (cv === null) return null;
  const c = roundScore(cv);
  if (c < CV_BAND_LIMITS.moderate) return 'low';
  if (c <= CV_BAND_LIMITS.high) return 'moderate';
  return 'high';
}

/**
 * Imbalance within one agency: the population SD of its dimension scores that are not null,
 * unweighted, since it describes the shape of the profile rather than the overall level.
 * null with fewer than two scores, where there is nothing to compare.
 */
export function imbalance(dimensionScores: readonly (number | null)[]): number | null {
  const scores = dimensionScores.filter((s): s is number => s !== null);
  if (scores.length < 2) return null;
  return describe(scores)?.sd ?? null;
}
