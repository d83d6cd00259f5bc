/**
 * Descriptive statistics for one set of scores, e.g. one dimension across the agencies of a
 * round: the fragmentation figures of DOMAIN "Scoring". Values are expected to be finite
 * scores in [0, 1]; nothing here depends on that except the Gini note below.
 */
import { roundScore } from '../scoring/bands';

export interface Summary {
  n: number;
  mean: number;
  /** Population standard deviation σ = √(Σ(x − μ)² / n): the agencies are the whole set. */
  sd: number;
  /** σ / μ; null when μ = 0, where it is undefined. */
  cv: number | null;
  /**
   * G = ΣᵢΣⱼ|xᵢ − xⱼ| / (2n²μ), 0 = all equal. 0 whenever all values are equal, all zero
   * included. null only when μ = 0 and the values differ, which needs negative values and so
   * cannot happen for scores ≥ 0.
   */
  gini: number | null;
  min: number;
  max: number;
  range: number;
  q1: number;
  median: number;
  q3: number;
  /** q3 − q1. */
  iqr: number;
  /** Share of values below the target, in [0, 1]; undefined when no target is given. */
  shareBelowTarget?: number;
}

/**
 * The p-quantile of sorted values by linear interpolation between order statistics:
 * h = (n − 1)·p, x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (0-based). This is Hyndman & Fan's
 * "type 7", the method of Excel QUARTILE.INC / PERCENTILE.INC and R's default quantile(),
 * so a coordinator who checks the figures in a spreadsheet gets the same numbers.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo];
  if (below === undefined) return Number.NaN;
  const above = sorted[lo + 1] ?? below;
  return below + (h - lo) * (above - below);
}

/**
 * Gini in O(n log n) from ascending values: ΣᵢΣⱼ|xᵢ − xⱼ| = 2·Σᵢ (2i − n − 1)·x₍ᵢ₎ (i from 1),
 * so G = Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n²μ).
 */
function giniOfSorted(sorted: readonly number[], mean: number): number | null {
  const n = sorted.length;
  const first = sorted[0];
  if (first === undefined || first === sorted[n - 1]) return 0;
  if (mean === 0) return null;
  let sum = 0;
  sorted.forEach((x, index) => {
    sum += (2 * (index + 1) - n - 1) * x;
  });
  return sum / (n * n * mean);
}

/**
 * `target` is compared after rounding both sides to 9 decimals (see `roundScore`), so a
 * score that meets the target on paper is not counted below it because of float noise.
 */
export function describe(values: readonly number[], target?: number): Summary | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const allEqual = min === max;
  // The mean of equal values is the value itself; summing would add float noise.
  const mean = allEqual ? min : sorted.reduce((sum, x) => sum + x, 0) / n;
  const sd = allEqual ? 0 : Math.sqrt(sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const summary: Summary = {
    n,
    mean,
    sd,
    cv: mean === 0 ? null : sd / mean,
    gini: giniOfSorted(sorted, mean),
    min,
    max,
    range: max - min,
    q1,
    median: quantile(sorted, 0.5),
    q3,
    iqr: q3 - q1,
  };
  if (target !== undefined) {
    const t = roundScore(target);
    summary.shareBelowTarget = sorted.filter((x) => roundScore(x) < t).length / n;
  }
  return summary;
}
