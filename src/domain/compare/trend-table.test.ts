import { round } from '../round/test-fixtures';
import { buildTrends } from '../round/trends';
import type { AgencyTrend } from '../round/types';
import { questionnaire } from '../scoring/test-fixtures';
import { twoVersionInputs } from './test-fixtures';
import {
  DEFAULT_TREND_SORT,
  defaultRoundPair,
  differingItems,
  nextTrendSort,
  sortTrends,
  trendHighlights,
} from './trend-table';

const { earlier, later } = twoVersionInputs();
const trend = buildTrends(earlier, later);
const byName = (a: AgencyTrend, b: AgencyTrend) => a.agencyId.localeCompare(b.agencyId);
const ids = (list: AgencyTrend[]) => list.map((t) => t.agencyId);

describe('defaultRoundPair', () => {
  const q = questionnaire([]);
  const at = (id: string, start: string, createdAt = '2025-01-01T00:00:00.000Z') => ({
    ...round(id, q),
    period: { start, end: start },
    createdAt,
  });

  it('picks the two newest rounds by period, the older as earlier', () => {
    const rounds = [at('a', '2024-02-01'), at('c', '2026-02-01'), at('b', '2025-02-01')];
    expect(defaultRoundPair(rounds)).toEqual({ earlier: 'b', later: 'c' });
  });

  it('breaks a tie on the start date by creation time', () => {
    const rounds = [
      at('x', '2026-02-01', '2026-01-01T00:00:00Z'),
      at('y', '2026-02-01', '2026-01-05T00:00:00Z'),
    ];
    expect(defaultRoundPair(rounds)).toEqual({ earlier: 'x', later: 'y' });
  });

  it('is null with fewer than two rounds', () => {
    expect(defaultRoundPair([at('a', '2026-01-01')])).toBeNull();
    expect(defaultRoundPair([])).toBeNull();
  });
});

describe('sortTrends', () => {
  it('sorts by overall change, largest rise first, ties by name (figures in test-fixtures.ts)', () => {
    expect(ids(sortTrends(trend.agencies, DEFAULT_TREND_SORT, byName))).toEqual([
      'tax',
      'customs',
      'energy',
      'health',
      'justice',
      'culture',
    ]);
  });

  it('turns round on a second click, ties still by name', () => {
    const sort = nextTrendSort(DEFAULT_TREND_SORT, 'change');
    expect(sort).toEqual({ column: 'change', direction: 'ascending' });
    expect(ids(sortTrends(trend.agencies, sort, byName))).toEqual([
      'culture',
      'justice',
      'energy',
      'health',
      'customs',
      'tax',
    ]);
    expect(nextTrendSort(sort, 'change')).toEqual(DEFAULT_TREND_SORT);
  });

  it('sorts by name, and back to the largest rise from there', () => {
    const sort = nextTrendSort(DEFAULT_TREND_SORT, 'name');
    expect(ids(sortTrends(trend.agencies, sort, byName))).toEqual([
      'culture',
      'customs',
      'energy',
      'health',
      'justice',
      'tax',
    ]);
    expect(nextTrendSort(sort, 'change')).toEqual(DEFAULT_TREND_SORT);
  });
});

describe('trendHighlights', () => {
  it('names the three largest rises and the falls; no change is in neither', () => {
    const { improved, fellBack } = trendHighlights(trend.agencies, byName);
    expect(ids(improved)).toEqual(['tax', 'customs', 'energy']);
    expect(improved.map((t) => t.overall.change)).toEqual([0.5, 0.25, 0.125]);
    expect(ids(fellBack)).toEqual(['culture']);
    expect(fellBack[0]?.overall).toEqual({ before: 0.75, after: 0.5, change: -0.25 });
  });

  it('is empty on both sides when nobody changed', () => {
    const same = trendHighlights(
      trend.agencies.filter((t) => t.agencyId === 'justice'),
      byName,
    );
    expect(same).toEqual({ improved: [], fellBack: [] });
  });
});

describe('differingItems', () => {
  it('names the items only one version has, from that version', () => {
    expect(trend.differentVersions).toBe(true);
    expect(trend.sharedItems).toEqual(['a1', 'b1']);
    const { onlyEarlier, onlyLater } = differingItems(
      trend,
      earlier.questionnaire,
      later.questionnaire,
    );
    expect(onlyEarlier.map((i) => [i.id, i.text.en])).toEqual([['a2', 'An old question']]);
    expect(onlyLater.map((i) => [i.id, i.text.en])).toEqual([['a3', 'A new question']]);
  });
});
