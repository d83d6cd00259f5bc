import { checkValue } from '../questionnaire/access';
import {
  choiceItem,
  levelItem,
  numberItem,
  percentageItem,
  textItem,
  yesPartialNoItem,
} from '../scoring/test-fixtures';
import { createRandom } from './random';
import { shiftValue, valueFor } from './values';

const random = createRandom(1);

describe('createRandom', () => {
  it('repeats for a seed and gives UUID-v4-shaped ids', () => {
    const a = createRandom(5);
    const b = createRandom(5);
    expect([a.float(), a.uuid(), a.int(1, 6)]).toEqual([b.float(), b.uuid(), b.int(1, 6)]);
    expect(createRandom(6).uuid()).not.toBe(createRandom(5).uuid());
    for (let i = 0; i < 50; i++) {
      expect(a.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const n = a.int(1, 6);
      expect(n >= 1 && n <= 6 && Number.isInteger(n)).toBe(true);
    }
  });

  it('draws roughly normal values with the SD asked for', () => {
    const r = createRandom(2013);
    const xs = Array.from({ length: 20_000 }, () => r.normal(0.1));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(sd).toBeCloseTo(0.1, 2);
    // Irwin–Hall with three uniforms stays within ±3 SD
    expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(0.3);
  });
});

describe('valueFor', () => {
  it('maps a level in [0, 1] to the nearest value of each item type', () => {
    // level: round(1 + 4s); 0.4 → 2.6 → 3
    expect(valueFor(levelItem('l'), 0.4, random, '')).toBe(3);
    expect(valueFor(levelItem('l'), 1, random, '')).toBe(5);
    expect(valueFor(yesPartialNoItem('y'), 0.29, random, '')).toBe('no');
    expect(valueFor(yesPartialNoItem('y'), 0.5, random, '')).toBe('partial');
    expect(valueFor(yesPartialNoItem('y'), 0.7, random, '')).toBe('yes');
    // choice options score 0, 0.3, 1: 0.6 is nearer 0.3 (0.3 away) than 1 (0.4 away)
    expect(valueFor(choiceItem('c'), 0.6, random, '')).toBe('some');
    // number: worst 0, best 5 → 0.45 · 5 = 2.25 → 2.3 (one decimal)
    expect(valueFor(numberItem('n', { worst: 0, best: 5 }), 0.45, random, '')).toBe(2.3);
    const integer = numberItem('n', { worst: 10, best: 0 }, { integer: true, min: 0, max: 10 });
    expect(valueFor(integer, 0.26, random, '')).toBe(7); // 10 − 2.6 → 7
    expect(valueFor(textItem('t', { maxLength: 4 }), 0.5, random, 'evidence')).toBe('evid');
    const pct = valueFor(percentageItem('p'), 0.5, random, '');
    expect(checkValue(percentageItem('p'), pct)).toMatchObject({ ok: true });
  });
});

describe('shiftValue', () => {
  it('moves a value by steps and holds it in range', () => {
    expect(shiftValue(levelItem('l'), 2, 2)).toBe(4);
    expect(shiftValue(levelItem('l'), 4, 2)).toBe(5);
    expect(shiftValue(levelItem('l'), 1, -1)).toBe(1);
    expect(shiftValue(yesPartialNoItem('y'), 'no', 1)).toBe('partial');
    expect(shiftValue(yesPartialNoItem('y'), 'yes', 1)).toBe('yes');
    expect(shiftValue(choiceItem('c'), 'none', 2)).toBe('all');
    expect(shiftValue(percentageItem('p'), 90, 1)).toBe(100);
    expect(shiftValue(percentageItem('p'), 50, -1)).toBe(30);
    // a quarter of the scoring range per step: (5 − 0) / 4 = 1.25 → 2 + 1.25 = 3.25 → 3.3
    expect(shiftValue(numberItem('n', { worst: 0, best: 5 }), 2, 1)).toBe(3.3);
    expect(shiftValue(textItem('t'), 'x', 1)).toBe('x');
  });
});
