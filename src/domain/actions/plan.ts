/**
 * Which dimensions the action plan lists: every dimension with a gap to its target (the gap
 * as `scoreAssessment` computes it), and any other dimension that already holds actions, so
 * a plan never hides actions once the gap is closed or the target changed.
 */
import type { Action } from '../records';
import type { DimensionScore } from '../scoring/score';

export interface PlanDimension {
  dimensionId: string;
  score: number | null;
  target: number | null;
  /** max(0, target − score); null without a target or a score. */
  gap: number | null;
  /** This dimension's actions, by due date, then as they were added. */
  actions: Action[];
}

export function byDueDate(a: Action, b: Action): number {
  return a.due.localeCompare(b.due) || a.createdAt.localeCompare(b.createdAt);
}

/** In the questionnaire's order (the order of `dimensions`). */
export function planDimensions(
  dimensions: readonly DimensionScore[],
  actions: readonly Action[],
): PlanDimension[] {
  const byDimension = new Map<string, Action[]>();
  for (const action of actions) {
    const list = byDimension.get(action.dimensionId);
    if (list) list.push(action);
    else byDimension.set(action.dimensionId, [action]);
  }
  return dimensions.flatMap((d) => {
    const own = (byDimension.get(d.dimensionId) ?? []).sort(byDueDate);
    const gap = d.gap ?? null;
    if ((gap === null || gap <= 0) && own.length === 0) return [];
    return [
      { dimensionId: d.dimensionId, score: d.score, target: d.target ?? null, gap, actions: own },
    ];
  });
}
