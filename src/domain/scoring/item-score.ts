/**
 * One item's answer as a score in [0, 1], by the rule its type declares (DOMAIN "Scoring").
 * `null` means "nothing to score": no answer, not applicable, don't know, free text, or a
 * stored value the item cannot take (e.g. left over from an earlier questionnaire version).
 */
import type { Response } from '../records';
import type { Item, NumberItem, PercentageItem } from '../questionnaire/types';
import { YES_PARTIAL_NO, type YesPartialNo } from '../questionnaire/types';

export type Level = 1 | 2 | 3 | 4 | 5;

const YES_PARTIAL_NO_SCORE = { yes: 1, partial: 0.5, no: 0 } as const satisfies Record<
  YesPartialNo,
  number
>;

/** Declared scores should already lie in [0, 1]; holding them there keeps a badly
 * authored file from pushing a dimension score outside the range every chart expects. */
function unit(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** The level a response gives, or null when it is not a value 1–5. */
export function responseLevel(response: Response | undefined): Level | null {
  if (response?.kind !== 'value') return null;
  const { value } = response;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
    return null;
  }
  return value as Level;
}

function isYesPartialNo(value: number | string): value is YesPartialNo {
  return (YES_PARTIAL_NO as readonly (number | string)[]).includes(value);
}

/** The score of the last band whose `atLeast` ≤ x; a percentage lies in 0–100. */
function percentageScore(item: PercentageItem, value: number | string): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    return null;
  }
  const bands = [...item.bands].sort((a, b) => a.atLeast - b.atLeast);
  let score: number | null = null;
  for (const b of bands) if (b.atLeast <= value) score = b.score;
  return score === null ? null : unit(score);
}

/** (x − worst) / (best − worst), clamped; best below worst scores smaller values higher. */
function numberScore(item: NumberItem, value: number | string): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (item.integer && !Number.isInteger(value)) return null;
  if (item.min !== undefined && value < item.min) return null;
  if (item.max !== undefined && value > item.max) return null;
  const { worst, best } = item.scoring;
  if (best === worst) return null;
  return unit((value - worst) / (best - worst));
}

export function itemScore(item: Item, response: Response | undefined): number | null {
  if (response?.kind !== 'value') return null;
  const { value } = response;
  switch (item.type) {
    case 'level': {
      const level = responseLevel(response);
      return level === null ? null : (level - 1) / 4;
    }
    case 'yesPartialNo':
      return isYesPartialNo(value) ? YES_PARTIAL_NO_SCORE[value] : null;
    case 'percentage':
      return percentageScore(item, value);
    case 'choice': {
      const option = item.options.find((o) => o.id === value);
      return option ? unit(option.score) : null;
    }
    case 'number':
      return numberScore(item, value);
    case 'text':
      return null;
  }
}
