import type { Response } from '../records';
import { itemScore, responseLevel } from './item-score';
import {
  choiceItem,
  DK,
  levelItem,
  NA,
  numberItem,
  percentageItem,
  textItem,
  yesPartialNoItem,
} from './test-fixtures';

const v = (value: number | string): Response => ({ kind: 'value', value });

describe('itemScore', () => {
  it('maps level L to (L − 1) / 4', () => {
    const item = levelItem('l');
    expect([1, 2, 3, 4, 5].map((l) => itemScore(item, v(l)))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it.each([0, 6, 2.5, '3', Number.NaN])('rejects level %s', (value) => {
    expect(itemScore(levelItem('l'), v(value))).toBeNull();
  });

  it('is null without a scored answer: none, N/A, don’t know', () => {
    const item = levelItem('l');
    expect(itemScore(item, undefined)).toBeNull();
    expect(itemScore(item, NA)).toBeNull();
    expect(itemScore(item, DK)).toBeNull();
  });

  it('maps yes / partial / no to 1 / 0.5 / 0', () => {
    const item = yesPartialNoItem('y');
    expect(itemScore(item, v('yes'))).toBe(1);
    expect(itemScore(item, v('partial'))).toBe(0.5);
    expect(itemScore(item, v('no'))).toBe(0);
    expect(itemScore(item, v('maybe'))).toBeNull();
    expect(itemScore(item, v(1))).toBeNull();
  });

  // Bands 0 → 0, 1–20 → 0.2, 21–40 → 0.4, 41–60 → 0.6, 61–80 → 0.8, 81–100 → 1
  it.each([
    [0, 0],
    [0.5, 0],
    [1, 0.2],
    [20, 0.2],
    [20.5, 0.2],
    [21, 0.4],
    [50, 0.6],
    [80, 0.8],
    [81, 1],
    [100, 1],
  ])('scores %f %% with the last band starting at or below it → %f', (x, expected) => {
    expect(itemScore(percentageItem('p'), v(x))).toBe(expected);
  });

  it('sorts percentage bands before reading them', () => {
    const item = percentageItem('p', {
      bands: [
        { atLeast: 50, score: 1 },
        { atLeast: 0, score: 0 },
      ],
    });
    expect(itemScore(item, v(49))).toBe(0);
    expect(itemScore(item, v(50))).toBe(1);
  });

  it.each([-1, 101, '50'])('rejects percentage %s', (x) => {
    expect(itemScore(percentageItem('p'), v(x))).toBeNull();
  });

  it('takes a choice option’s score', () => {
    const item = choiceItem('c');
    expect(itemScore(item, v('none'))).toBe(0);
    expect(itemScore(item, v('some'))).toBe(0.3);
    expect(itemScore(item, v('all'))).toBe(1);
    expect(itemScore(item, v('other'))).toBeNull();
  });

  it('scales a number between worst and best, clamped', () => {
    const item = numberItem('n', { worst: 0, best: 10 });
    expect(itemScore(item, v(5))).toBe(0.5); // (5 − 0) / 10
    expect(itemScore(item, v(-3))).toBe(0); // −0.3 clamped
    expect(itemScore(item, v(15))).toBe(1); // 1.5 clamped
  });

  it('scores reversed numbers (best below worst), e.g. days to restore service', () => {
    const item = numberItem('n', { worst: 30, best: 0 });
    expect(itemScore(item, v(0))).toBe(1); // (0 − 30) / (0 − 30)
    expect(itemScore(item, v(6))).toBe(0.8); // (6 − 30) / −30 = 0.8
    expect(itemScore(item, v(30))).toBe(0);
    expect(itemScore(item, v(45))).toBe(0); // −0.5 clamped
  });

  it('rejects numbers the item cannot take', () => {
    const bounded = numberItem('n', { worst: 0, best: 10 }, { min: 0, max: 20, integer: true });
    expect(itemScore(bounded, v(-1))).toBeNull();
    expect(itemScore(bounded, v(21))).toBeNull();
    expect(itemScore(bounded, v(2.5))).toBeNull();
    expect(itemScore(bounded, v('5'))).toBeNull();
    expect(itemScore(bounded, v(Number.POSITIVE_INFINITY))).toBeNull();
    expect(itemScore(numberItem('n', { worst: 3, best: 3 }), v(3))).toBeNull();
  });

  it('never scores free text', () => {
    expect(itemScore(textItem('t'), v('We use paper files.'))).toBeNull();
  });
});

describe('responseLevel', () => {
  it('reads levels 1–5 only', () => {
    expect(responseLevel(v(4))).toBe(4);
    expect(responseLevel(v(0))).toBeNull();
    expect(responseLevel(DK)).toBeNull();
    expect(responseLevel(undefined)).toBeNull();
  });
});
