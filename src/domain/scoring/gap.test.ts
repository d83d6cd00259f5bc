import { gapToTarget } from './gap';

describe('gapToTarget', () => {
  it('measures a score below target', () => {
    // T = 0.75, D = 0.5, W = 2: gap 0.25, attainment 0.5/0.75 = 2/3, priority 2·0.25 = 0.5
    const r = gapToTarget(0.5, 0.75, 2);
    expect(r.gap).toBe(0.25);
    expect(r.attainment).toBeCloseTo(2 / 3, 9);
    expect(r.priority).toBe(0.5);
  });

  it('uses weight 1 by default', () => {
    // T = 0.5, D = 0.25: gap 0.25, attainment 0.5, priority 0.25
    expect(gapToTarget(0.25, 0.5)).toEqual({ gap: 0.25, attainment: 0.5, priority: 0.25 });
  });

  it('has no gap and full attainment above target', () => {
    // D = 0.9 > T = 0.6: gap max(0, −0.3) = 0, attainment min(1, 1.5) = 1
    expect(gapToTarget(0.9, 0.6, 3)).toEqual({ gap: 0, attainment: 1, priority: 0 });
  });

  it('treats a target of 0 as met', () => {
    expect(gapToTarget(0, 0, 1)).toEqual({ gap: 0, attainment: 1, priority: 0 });
    expect(gapToTarget(0.4, 0, 1)).toEqual({ gap: 0, attainment: 1, priority: 0 });
  });

  it('does not report floating noise as a gap', () => {
    expect(gapToTarget(0.7499999999, 0.75, 1)).toEqual({ gap: 0, attainment: 1, priority: 0 });
  });

  it('gives the whole target as gap for a score of 0', () => {
    expect(gapToTarget(0, 0.5, 1)).toEqual({ gap: 0.5, attainment: 0, priority: 0.5 });
  });
});
