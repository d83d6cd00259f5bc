/**
 * The side-by-side comparison of a few agencies in one round: per dimension and overall each
 * agency's score and band, which agencies score highest in the row, and the round's target;
 * and the same figures shaped for the overlaid radar.
 */
import { band, roundScore, toPercent, type Band } from '../scoring/bands';
import type { AssessmentScore } from '../scoring/score';
import type { AgencyRow, RoundView } from '../round/types';

export interface ComparedCell {
  agencyId: string;
  /** In [0, 1]; null where the agency has no scored answer in the dimension. */
  score: number | null;
  band: Band | null;
  /** One of the highest scores of the row (ties all count); never when the row is level. */
  highest: boolean;
}

export interface ComparisonRow {
  /** null for the overall score. */
  dimensionId: string | null;
  target: number | null;
  cells: ComparedCell[];
}

/** The chosen agencies' rows, in the order chosen; ids without a submitted score are skipped. */
export function comparedAgencies(view: RoundView, ids: readonly string[]): AgencyRow[] {
  const byId = new Map(view.rows.map((row) => [row.agency.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row?.score ? [row] : [];
  });
}

function scoreIn(score: AssessmentScore | null, dimensionId: string | null): number | null {
  if (!score) return null;
  if (dimensionId === null) return score.overall.score;
  return score.dimensions.find((d) => d.dimensionId === dimensionId)?.score ?? null;
}

/**
 * Marks the highest score of a row. Compared to 9 decimals, so float noise makes no winner;
 * a row where fewer than two agencies have a score, or all have the same, marks nobody,
 * since "highest" would then say nothing.
 */
function markHighest(scores: (number | null)[]): boolean[] {
  const present = scores.flatMap((s) => (s === null ? [] : [roundScore(s)]));
  const top = Math.max(...present);
  const level = present.every((s) => s === top);
  if (present.length < 2 || level) return scores.map(() => false);
  return scores.map((s) => s !== null && roundScore(s) === top);
}

/** One row per dimension in questionnaire order, then the overall row. */
export function comparisonRows(view: RoundView, ids: readonly string[]): ComparisonRow[] {
  const rows = comparedAgencies(view, ids);
  const dimensionIds: (string | null)[] = [...view.questionnaire.dimensions.map((d) => d.id), null];
  return dimensionIds.map((dimensionId) => {
    const scores = rows.map((row) => scoreIn(row.score, dimensionId));
    const highest = markHighest(scores);
    const target =
      dimensionId === null
        ? (view.statistics.overall.target ?? null)
        : (view.targets[dimensionId] ?? null);
    return {
      dimensionId,
      target,
      cells: rows.map((row, i) => {
        const score = scores[i] ?? null;
        return {
          agencyId: row.agency.id,
          score,
          band: score === null ? null : band(score),
          highest: highest[i] ?? false,
        };
      }),
    };
  });
}

/** The key of the i-th chosen agency in a radar datum (agency ids are not safe as keys). */
export const radarKey = (index: number): `agency${number}` => `agency${index}`;

export interface RadarDatum {
  dimensionId: string;
  /** 0–100; null where there is no target or no score (the outline then skips the point). */
  target: number | null;
  [agencyKey: `agency${number}`]: number | null;
}

/** One datum per dimension, on 0–100, keyed `agency0`, `agency1` … in the order chosen. */
export function radarData(view: RoundView, ids: readonly string[]): RadarDatum[] {
  const rows = comparedAgencies(view, ids);
  return view.questionnaire.dimensions.map((d) => {
    const target = view.targets[d.id];
    const datum: RadarDatum = {
      dimensionId: d.id,
      target: target === undefined ? null : toPercent(target),
    };
    rows.forEach((row, i) => {
      const score = scoreIn(row.score, d.id);
      datum[radarKey(i)] = score === null ? null : toPercent(score);
    });
    return datum;
  });
}
