/**
 * "What was planned and what moved": the previous round's actions of one agency, grouped by
 * dimension, beside the dimension's score then and now. The change is now − then, rounded
 * like every score (`roundScore`), so 0.1 + 0.2 never shows as 0.30000000000000004.
 */
import type { Action, ActionStatus } from '../records';
import { roundScore } from '../scoring/bands';
import { byDueDate } from './plan';

export type DimensionScores = Readonly<Record<string, number | null | undefined>>;

export interface MovedRow {
  dimensionId: string;
  /** The earlier round's actions in this dimension, by due date. */
  actions: Action[];
  /** How many of them ended in each status. */
  statusCounts: Record<ActionStatus, number>;
  /** Scores in [0, 1]; null where the round has no score for the dimension. */
  then: number | null;
  now: number | null;
  /** now − then; null unless both are known. */
  change: number | null;
}

/**
 * One row per dimension that held actions in the earlier round, in `order` (the
 * questionnaire's dimension ids); dimensions not in `order` follow, by id.
 */
export function whatMoved(
  previousActions: readonly Action[],
  then: DimensionScores,
  now: DimensionScores,
  order: readonly string[] = [],
): MovedRow[] {
  const groups = new Map<string, Action[]>();
  for (const action of previousActions) {
    const list = groups.get(action.dimensionId);
    if (list) list.push(action);
    else groups.set(action.dimensionId, [action]);
  }
  const rank = new Map(order.map((id, index) => [id, index]));
  const ids = [...groups.keys()].sort(
    (a, b) =>
      (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b),
  );
  return ids.map((dimensionId) => {
    const actions = (groups.get(dimensionId) ?? []).sort(byDueDate);
    const statusCounts: Record<ActionStatus, number> = {
      planned: 0,
      inProgress: 0,
      done: 0,
      dropped: 0,
    };
    for (const action of actions) statusCounts[action.status] += 1;
    const before = then[dimensionId] ?? null;
    const after = now[dimensionId] ?? null;
    const change = before === null || after === null ? null : roundScore(after - before);
    return { dimensionId, actions, statusCounts, then: before, now: after, change };
  });
}
