/**
 * The trends screen's shaping of a TrendView: which two rounds to compare by default, the
 * table's order, who improved most and who fell back, and the questions the two
 * questionnaire versions do not share.
 */
import { findItem } from '../questionnaire/access';
import type { Item, Questionnaire } from '../questionnaire/types';
import type { Round } from '../records';
import { roundScore } from '../scoring/bands';
import type { AgencyTrend, TrendView } from '../round/types';

/** Later period first; the same start date by the later creation. */
function newestFirst(a: Round, b: Round): number {
  return b.period.start.localeCompare(a.period.start) || b.createdAt.localeCompare(a.createdAt);
}

/** The two newest rounds, the older as "earlier"; null with fewer than two rounds. */
export function defaultRoundPair(
  rounds: readonly Round[],
): { earlier: string; later: string } | null {
  const [later, earlier] = [...rounds].sort(newestFirst);
  return later && earlier ? { earlier: earlier.id, later: later.id } : null;
}

export type TrendSort =
  { column: 'change'; direction: 'descending' | 'ascending' } | { column: 'name' };

/** Largest rise first: who improved reads at the top. */
export const DEFAULT_TREND_SORT: TrendSort = { column: 'change', direction: 'descending' };

/** A click on "overall change" turns its order round; the first click sorts it largest rise first. */
export function nextTrendSort(current: TrendSort, column: TrendSort['column']): TrendSort {
  if (column === 'name') return { column: 'name' };
  if (current.column === 'change' && current.direction === 'descending') {
    return { column: 'change', direction: 'ascending' };
  }
  return DEFAULT_TREND_SORT;
}

const changeOf = (t: AgencyTrend) => roundScore(t.overall.change ?? 0);

/** A sorted copy; equal changes (to 9 decimals) and the name sort go by `compareNames`. */
export function sortTrends(
  agencies: readonly AgencyTrend[],
  sort: TrendSort,
  compareNames: (a: AgencyTrend, b: AgencyTrend) => number,
): AgencyTrend[] {
  const sign = sort.column === 'change' && sort.direction === 'ascending' ? -1 : 1;
  return [...agencies].sort((a, b) =>
    sort.column === 'name'
      ? compareNames(a, b)
      : sign * (changeOf(b) - changeOf(a)) || compareNames(a, b),
  );
}

export const HIGHLIGHTS = 3;

/**
 * "Most improved": the largest overall rises; "Fell back": the largest overall falls, largest
 * first. An agency with no change (to 9 decimals) is in neither.
 */
export function trendHighlights(
  agencies: readonly AgencyTrend[],
  compareNames: (a: AgencyTrend, b: AgencyTrend) => number,
  count = HIGHLIGHTS,
): { improved: AgencyTrend[]; fellBack: AgencyTrend[] } {
  const rising = sortTrends(agencies, DEFAULT_TREND_SORT, compareNames);
  const falling = sortTrends(agencies, { column: 'change', direction: 'ascending' }, compareNames);
  return {
    improved: rising.filter((t) => changeOf(t) > 0).slice(0, count),
    fellBack: falling.filter((t) => changeOf(t) < 0).slice(0, count),
  };
}

export interface DifferingItems {
  /** Scored items only the earlier round's questionnaire has, in its order. */
  onlyEarlier: Item[];
  onlyLater: Item[];
}

/** The items behind `onlyEarlier` / `onlyLater`, for their question texts. */
export function differingItems(
  trend: TrendView,
  earlier: Questionnaire,
  later: Questionnaire,
): DifferingItems {
  const items = (q: Questionnaire, ids: readonly string[]) =>
    ids.flatMap((id) => {
      const item = findItem(q, id);
      return item ? [item] : [];
    });
  return {
    onlyEarlier: items(earlier, trend.onlyEarlier),
    onlyLater: items(later, trend.onlyLater),
  };
}
