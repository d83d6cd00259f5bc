import { gapRows } from '../round/gaps';
import { fixtureView } from '../round/view-fixture';
import {
  hiddenBelow,
  hiddenList,
  hideSmallGapRows,
  hideSmallGroups,
  isSmallGroup,
  parseThreshold,
  smallKinds,
} from './small-groups';

describe('isSmallGroup', () => {
  it('hides a figure from fewer agencies than the threshold, not from exactly as many', () => {
    expect(isSmallGroup(2, 3)).toBe(true);
    expect(isSmallGroup(3, 3)).toBe(false);
    expect(isSmallGroup(1, 1)).toBe(false);
    // No agency: no figure to hide.
    expect(isSmallGroup(0, 3)).toBe(false);
  });
});

describe('parseThreshold', () => {
  it('takes whole numbers of 1 or more', () => {
    expect(parseThreshold('3')).toEqual({ ok: true, value: 3 });
    expect(parseThreshold(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseThreshold('1')).toEqual({ ok: true, value: 1 });
  });

  it('says why anything else is refused', () => {
    expect(parseThreshold('0')).toEqual({ ok: false, problem: 'belowOne' });
    expect(parseThreshold('-2')).toEqual({ ok: false, problem: 'belowOne' });
    for (const bad of ['', '2.5', '3,0', 'three', '1e3', '99999999999999999999']) {
      expect(parseThreshold(bad)).toEqual({ ok: false, problem: 'notWholeNumber' });
    }
  });
});

// x: three agencies; y: two; overall: three (an agency with only x still has an overall score).
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.5, y: 0.5 },
  agencies: [
    { name: 'One', scores: { x: 0.2, y: 0.4 } },
    { name: 'Two', scores: { x: 0.6, y: 0.9 } },
    { name: 'Three', scores: { x: 0.7 } },
    { name: 'Kind of its own', kind: 'stateCommittee' },
  ],
});

describe('hideSmallGroups', () => {
  it('takes out the spreads from fewer agencies than the threshold and notes them', () => {
    const hidden = hideSmallGroups(view, 3);
    const [x, y] = hidden.statistics.dimensions;
    expect(x?.summary?.n).toBe(3);
    expect(x?.summary?.mean).toBeCloseTo(0.5, 9);
    expect(y?.summary).toBeNull();
    expect(hidden.statistics.overall.summary?.n).toBe(3);
    expect(hidden.smallGroups).toEqual({ threshold: 3, hidden: { y: 2 } });
    expect(hiddenBelow(hidden, 'y')).toBe(3);
    expect(hiddenBelow(hidden, 'x')).toBeNull();
    expect(hiddenBelow(hidden, null)).toBeNull();
  });

  it('shows them again from a threshold the group meets', () => {
    const shown = hideSmallGroups(view, 2);
    expect(shown.statistics.dimensions[1]?.summary?.n).toBe(2);
    expect(shown.smallGroups?.hidden).toEqual({});
    expect(hiddenBelow(shown, 'y')).toBeNull();
  });

  it('chooses the most uneven area among the figures left', () => {
    // y: 0.4 and 0.9, mean 0.65, SD 0.25, CV 0.385; x: 0.2, 0.6, 0.7, mean 0.5, CV ≈ 0.432.
    // x is more uneven either way, so check with a threshold that hides x as well.
    expect(view.statistics.mostUneven).toBe('x');
    expect(hideSmallGroups(view, 4).statistics.mostUneven).toBeNull();
  });

  it('hides the mean gap and the count below target, keeps who is furthest', () => {
    const hidden = hideSmallGroups(view, 3);
    const rows = hideSmallGapRows(hidden, gapRows(hidden));
    const y = rows.find((r) => r.dimensionId === 'y');
    expect(y?.meanGap).toBeNull();
    expect(y?.hidden).toBe(3);
    // 0.4 is 0.1 below the target of 0.5.
    expect(y?.largest.map((g) => g.gap)).toEqual([expect.closeTo(0.1, 9)]);
    // x: gaps 0.3, 0, 0 → mean 0.1.
    expect(rows.find((r) => r.dimensionId === 'x')?.meanGap).toBeCloseTo(0.1, 9);
  });

  it('hides a list filtered to fewer agencies than the threshold', () => {
    const hidden = hideSmallGroups(view, 3);
    expect(hiddenList(hidden, 1)).toBe(3);
    expect(hiddenList(hidden, 3)).toBeNull();
    expect(hiddenList(view, 1)).toBeNull();
  });

  it('names the kinds fewer agencies than the threshold have', () => {
    // Three ministries and one state committee.
    expect([...smallKinds(hideSmallGroups(view, 3))]).toEqual(['stateCommittee']);
    expect([...smallKinds(hideSmallGroups(view, 4))].sort()).toEqual([
      'ministry',
      'stateCommittee',
    ]);
    expect(smallKinds(view).size).toBe(0);
  });
});
