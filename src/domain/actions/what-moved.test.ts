import type { Action } from '../records';
import type { DimensionScore } from '../scoring/score';
import { planDimensions } from './plan';
import { whatMoved } from './what-moved';

let counter = 0;
function action(dimensionId: string, status: Action['status'], due: string): Action {
  counter += 1;
  return {
    id: `a${counter}`,
    agencyId: 'agency',
    roundId: 'baseline',
    questionnaireId: 'core',
    dimensionId,
    what: `Step ${counter}`,
    who: 'IT unit',
    due,
    status,
    createdAt: `2025-05-0${counter % 9}T10:00:00.000Z`,
    updatedAt: '2025-05-01T10:00:00.000Z',
    revision: 1,
  };
}

describe('whatMoved', () => {
  it('groups the earlier actions by area, in the questionnaire’s order, with the change', () => {
    const done = action('services', 'done', '2025-09-30');
    const dropped = action('services', 'dropped', '2025-07-31');
    const planned = action('strategy', 'planned', '2025-12-31');
    const rows = whatMoved(
      [done, planned, dropped],
      // then: strategy 0.35, services 0.3; now: strategy 0.35, services 0.55
      { strategy: 0.35, services: 0.3 },
      { strategy: 0.35, services: 0.55 },
      ['strategy', 'services'],
    );
    expect(rows.map((r) => r.dimensionId)).toEqual(['strategy', 'services']);
    const [strategy, services] = rows;
    // 0.35 → 0.35: no change, exactly 0 (not a floating-point remainder).
    expect(strategy).toMatchObject({ then: 0.35, now: 0.35, change: 0 });
    // 0.55 − 0.3 = 0.25 (0.25000000000000006 in binary floating point, rounded away).
    expect(services).toMatchObject({ then: 0.3, now: 0.55, change: 0.25 });
    // By due date: the dropped one (July) before the done one (September).
    expect(services?.actions.map((a) => a.id)).toEqual([dropped.id, done.id]);
    expect(services?.statusCounts).toEqual({ planned: 0, inProgress: 0, done: 1, dropped: 1 });
  });

  it('leaves the change out when either score is missing, and keeps unknown areas last', () => {
    const rows = whatMoved(
      [action('gone', 'done', '2025-08-01'), action('strategy', 'inProgress', '2025-08-01')],
      { strategy: null },
      { strategy: 0.5, gone: 0.4 },
      ['strategy'],
    );
    expect(rows.map((r) => [r.dimensionId, r.then, r.now, r.change])).toEqual([
      ['strategy', null, 0.5, null],
      ['gone', null, 0.4, null],
    ]);
  });

  it('gives no rows without earlier actions', () => {
    expect(whatMoved([], { strategy: 0.2 }, { strategy: 0.4 })).toEqual([]);
  });
});

function dimension(id: string, score: number | null, target?: number, gap?: number) {
  return { dimensionId: id, score, target, gap } as DimensionScore;
}

describe('planDimensions', () => {
  it('lists areas with a gap, and areas that hold actions even without one', () => {
    const kept = action('infra', 'done', '2025-08-01');
    const rows = planDimensions(
      [
        // target 0.6, score 0.45 → gap 0.15
        dimension('strategy', 0.45, 0.6, 0.15),
        // meets its target: gap 0, no actions → not listed
        dimension('services', 0.7, 0.6, 0),
        // no target, but an action → listed
        dimension('infra', 0.5),
        // no score → no gap → not listed
        dimension('data', null, 0.6),
      ],
      [kept],
    );
    expect(rows).toEqual([
      { dimensionId: 'strategy', score: 0.45, target: 0.6, gap: 0.15, actions: [] },
      { dimensionId: 'infra', score: 0.5, target: null, gap: null, actions: [kept] },
    ]);
  });
});
