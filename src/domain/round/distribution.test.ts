import { assignLanes, distributions, laneOffset } from './distribution';
import { fixtureView } from './view-fixture';

describe('assignLanes', () => {
  it('moves close points to new lanes and reuses a lane once there is room', () => {
    // 0.105 and 0.11 are within 0.015 of 0.1; 0.2 fits lane 0 again, the second 0.2 lane 1.
    expect(assignLanes([0.1, 0.105, 0.11, 0.2, 0.2])).toEqual([0, 1, 2, 0, 1]);
  });

  it('stays within the lane limit, falling back to the lane that ends furthest left', () => {
    expect(assignLanes([0.1, 0.105, 0.11], 0.015, 2)).toEqual([0, 1, 0]);
    expect(assignLanes([])).toEqual([]);
  });
});

describe('laneOffset', () => {
  it('alternates above and below the middle line', () => {
    expect([0, 1, 2, 3, 4].map(laneOffset)).toEqual([0, 1, -1, 2, -2]);
  });
});

describe('distributions', () => {
  const view = fixtureView({
    dimensions: ['x', 'y'],
    agencies: [
      { name: 'A', scores: { x: 0.8, y: 0.5 }, demo: true },
      { name: 'B', scores: { x: 0.2 } },
      { name: 'C', scores: { x: 0.5, y: 0.5 } },
      { name: 'D' },
    ],
  });
  const [x, y, overall] = distributions(view);

  it('gives every scored agency as a point, ascending, with the five-number summary', () => {
    expect(x?.dimensionId).toBe('x');
    expect(x?.points.map((p) => [p.name, p.score, p.lane])).toEqual([
      ['B', 0.2, 0],
      ['C', 0.5, 0],
      ['A', 0.8, 0],
    ]);
    expect(x?.points[2]?.demo).toBe(true);
    expect(x?.summary).toMatchObject({ n: 3, min: 0.2, median: 0.5, max: 0.8 });
    expect(x?.lanes).toBe(1);
  });

  it('separates equal scores into lanes, name order first', () => {
    expect(y?.points.map((p) => [p.name, p.lane])).toEqual([
      ['A', 0],
      ['C', 1],
    ]);
    expect(y?.lanes).toBe(2);
  });

  it('ends with the overall score', () => {
    expect(overall?.dimensionId).toBeNull();
    // Overall: A (0.8 + 0.5) / 2 = 0.65, B 0.2, C 0.5.
    expect(overall?.points.map((p) => p.name)).toEqual(['B', 'C', 'A']);
    expect(overall?.summary?.n).toBe(3);
  });
});
