/**
 * The fragmentation panel's tables: spread across agencies per dimension and overall, with the
 * heuristic CV band, and each agency's imbalance across its own dimensions.
 */
import { cvBand, type CvBand } from '../statistics/bands';
import type { Summary } from '../statistics/describe';
import type { RoundView } from './types';

export interface SpreadRow {
  /** A dimension id, or null for the overall score. */
  dimensionId: string | null;
  target: number | undefined;
  summary: Summary | null;
  /** Heuristic band of the CV; null without a CV. */
  band: CvBand | null;
}

/** Dimensions in questionnaire order, then overall. */
export function spreadRows(view: RoundView): SpreadRow[] {
  const { statistics } = view;
  const rows = statistics.dimensions.map((d): SpreadRow => ({
    dimensionId: d.dimensionId,
    target: d.target,
    summary: d.summary,
    band: cvBand(d.summary?.cv ?? null),
  }));
  rows.push({
    dimensionId: null,
    target: statistics.overall.target,
    summary: statistics.overall.summary,
    band: cvBand(statistics.overall.summary?.cv ?? null),
  });
  return rows;
}

export interface ImbalanceRow {
  agencyId: string;
  name: string;
  demo: boolean;
  /** SD of the agency's dimension scores; null with fewer than two. */
  imbalance: number | null;
  /** The agency's weakest and strongest dimension (the first in questionnaire order on ties). */
  lowest: { dimensionId: string; score: number } | null;
  highest: { dimensionId: string; score: number } | null;
}

/** Agencies with a submitted score, most imbalanced first; those without an SD last, by name. */
export function imbalanceRows(view: RoundView): ImbalanceRow[] {
  const sd = new Map(view.statistics.agencies.map((a) => [a.agencyId, a.imbalance]));
  const rows = view.rows.flatMap((r): ImbalanceRow[] => {
    if (!r.score) return [];
    let lowest: ImbalanceRow['lowest'] = null;
    let highest: ImbalanceRow['highest'] = null;
    for (const d of r.score.dimensions) {
      if (d.score === null) continue;
      if (!lowest || d.score < lowest.score)
        lowest = { dimensionId: d.dimensionId, score: d.score };
      if (!highest || d.score > highest.score) {
        highest = { dimensionId: d.dimensionId, score: d.score };
      }
    }
    const imbalance = sd.get(r.agency.id) ?? null;
    return [
      {
        agencyId: r.agency.id,
        name: r.agency.name,
        demo: r.agency.demo === true,
        imbalance,
        lowest,
        highest,
      },
    ];
  });
  // Stable: equal imbalances keep the view's name order.
  return rows.sort((a, b) => {
    if (a.imbalance === null || b.imbalance === null) {
      return a.imbalance === b.imbalance ? 0 : a.imbalance === null ? 1 : -1;
    }
    return b.imbalance - a.imbalance;
  });
}
