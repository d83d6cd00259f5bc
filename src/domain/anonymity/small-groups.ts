/**
 * The small-group rule: a figure that fewer than `threshold` agencies stand behind (a mean, a
 * spread, a share, a filtered list) is not shown, since with one or two agencies behind it a
 * reader who knows the round can tell whose it is, letters or not.
 */
import { mostUneven } from '../statistics/round';
import type { AgencyKind } from '../records';
import type { RoundView } from '../round/types';

export const DEFAULT_SMALL_GROUP = 3;

/** True when a figure computed from `n` agencies must be hidden. No figure (n = 0) is not hidden, just absent. */
export function isSmallGroup(n: number, threshold: number): boolean {
  return n > 0 && n < threshold;
}

export type ThresholdInput =
  { ok: true; value: number } | { ok: false; problem: 'notWholeNumber' | 'belowOne' };

/** What a person typed as the threshold: a whole number ≥ 1 (spaces around it are fine). */
export function parseThreshold(input: string): ThresholdInput {
  const trimmed = input.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, problem: 'notWholeNumber' };
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'notWholeNumber' };
  return value < 1 ? { ok: false, problem: 'belowOne' } : { ok: true, value };
}

export function isThreshold(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** Which spreads were hidden, by dimension id, or `overall`; and under which threshold. */
export interface SmallGroupHiding {
  threshold: number;
  /** Dimension id (or OVERALL) → how many agencies were behind the hidden figure. */
  hidden: Record<string, number>;
}

export const OVERALL = 'overall';

/**
 * The view with every spread (summary) computed from fewer than `threshold` agencies taken out
 * (null) and noted in `smallGroups`, and the most uneven dimension chosen again among the rest,
 * so no screen or reading shows or names a hidden figure.
 */
export function hideSmallGroups(view: RoundView, threshold: number): RoundView {
  const hidden: Record<string, number> = {};
  const keep = <T extends { summary: { n: number } | null }>(key: string, spread: T): T => {
    const n = spread.summary?.n ?? 0;
    if (!isSmallGroup(n, threshold)) return spread;
    hidden[key] = n;
    return { ...spread, summary: null };
  };
  const dimensions = view.statistics.dimensions.map((d) => keep(d.dimensionId, d));
  const overall = keep(OVERALL, view.statistics.overall);
  return {
    ...view,
    statistics: { ...view.statistics, dimensions, overall, mostUneven: mostUneven(dimensions) },
    smallGroups: { threshold, hidden },
  };
}

/**
 * The threshold when this dimension's (null: overall) figures were hidden, else null.
 * Screens write "hidden: fewer than {threshold} agencies" in place of the figure.
 */
export function hiddenBelow(
  view: Pick<RoundView, 'smallGroups'>,
  dimensionId: string | null,
): number | null {
  const s = view.smallGroups;
  if (!s) return null;
  return (dimensionId ?? OVERALL) in s.hidden ? s.threshold : null;
}

/** The threshold when a list filtered to `count` agencies must not be shown, else null. */
export function hiddenList(view: Pick<RoundView, 'smallGroups'>, count: number): number | null {
  const s = view.smallGroups;
  return s && isSmallGroup(count, s.threshold) ? s.threshold : null;
}

/**
 * Gap rows with the figures over the agencies (mean gap, how many are below) taken out where
 * the view hid that dimension's spread; who is furthest away stays, by letter.
 */
export function hideSmallGapRows<R extends { dimensionId: string | null; meanGap: number | null }>(
  view: Pick<RoundView, 'smallGroups'>,
  rows: readonly R[],
): (R & { hidden: number | null })[] {
  return rows.map((r) => {
    const hidden = hiddenBelow(view, r.dimensionId);
    return hidden === null ? { ...r, hidden } : { ...r, meanGap: null, hidden };
  });
}

/**
 * With small groups hidden, the kinds of agency (ministry, state committee …) that fewer
 * agencies than the threshold have: next to a letter such a kind would say which agency it is.
 */
export function smallKinds(view: Pick<RoundView, 'smallGroups' | 'rows'>): Set<AgencyKind> {
  const s = view.smallGroups;
  const counts = new Map<AgencyKind, number>();
  if (!s) return new Set();
  for (const r of view.rows) counts.set(r.agency.kind, (counts.get(r.agency.kind) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => isSmallGroup(n, s.threshold)).map(([k]) => k));
}
