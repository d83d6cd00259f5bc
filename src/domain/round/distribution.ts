/**
 * The strip plots' data: per dimension every agency as a point on 0–1, placed in lanes so that
 * close scores do not hide each other (a simple beeswarm), next to the five-number summary.
 */
import type { Summary } from '../statistics/describe';
import type { RoundView } from './types';

export interface StripPoint {
  agencyId: string;
  name: string;
  demo: boolean;
  score: number;
  /** 0 on the middle line, then 1, 2 … alternately above and below (see `laneOffset`). */
  lane: number;
}

export interface Distribution {
  /** A dimension id, or null for the overall score. */
  dimensionId: string | null;
  summary: Summary | null;
  /** Ascending by score; equal scores in the view's (name) order. */
  points: StripPoint[];
  /** How many lanes the points use (at least 1). */
  lanes: number;
}

/** Points closer than this (on 0–1) go to different lanes: about a point's width at 600 px. */
export const LANE_SPACING = 0.015;
export const MAX_LANES = 9;

/**
 * Greedy placement: each point, in ascending order, goes to the lowest lane whose last point
 * is at least `spacing` to its left; when none is free it goes to the lane whose last point is
 * furthest left, so the strip stays at most `maxLanes` high with many agencies.
 */
export function assignLanes(
  sortedScores: readonly number[],
  spacing = LANE_SPACING,
  maxLanes = MAX_LANES,
): number[] {
  const lastInLane: number[] = [];
  return sortedScores.map((score) => {
    let lane = lastInLane.findIndex((last) => score - last >= spacing);
    if (lane === -1) {
      if (lastInLane.length < maxLanes) lane = lastInLane.length;
      else lane = lastInLane.indexOf(Math.min(...lastInLane));
    }
    lastInLane[lane] = score;
    return lane;
  });
}

/** Lane 0 → 0, 1 → +1, 2 → −1, 3 → +2, 4 → −2 …, in lane heights from the middle line. */
export function laneOffset(lane: number): number {
  if (lane === 0) return 0;
  const distance = Math.ceil(lane / 2);
  return lane % 2 === 1 ? distance : -distance;
}

function distribution(
  dimensionId: string | null,
  summary: Summary | null,
  scored: { agencyId: string; name: string; demo: boolean; score: number }[],
): Distribution {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  const lanes = assignLanes(sorted.map((p) => p.score));
  return {
    dimensionId,
    summary,
    points: sorted.map((p, index) => ({ ...p, lane: lanes[index] ?? 0 })),
    lanes: Math.max(1, ...lanes.map((l) => l + 1)),
  };
}

/** One per dimension in questionnaire order, then the overall score. */
export function distributions(view: RoundView): Distribution[] {
  const scored = view.rows.flatMap((r) => (r.score ? [{ agency: r.agency, score: r.score }] : []));
  const who = (a: (typeof scored)[number]) => ({
    agencyId: a.agency.id,
    name: a.agency.name,
    demo: a.agency.demo === true,
  });
  const result = view.questionnaire.dimensions.map((d) =>
    distribution(
      d.id,
      view.statistics.dimensions.find((s) => s.dimensionId === d.id)?.summary ?? null,
      scored.flatMap((a) => {
        const score = a.score.dimensions.find((x) => x.dimensionId === d.id)?.score ?? null;
        return score === null ? [] : [{ ...who(a), score }];
      }),
    ),
  );
  result.push(
    distribution(
      null,
      view.statistics.overall.summary,
      scored.flatMap((a) =>
        a.score.overall.score === null ? [] : [{ ...who(a), score: a.score.overall.score }],
      ),
    ),
  );
  return result;
}
