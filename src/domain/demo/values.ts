/**
 * Turning a latent level in [0, 1] into a value an item accepts, and moving a value a few
 * steps up or down (a second respondent who sees things a little differently).
 */
import type { ChoiceItem, Item, NumberItem } from '../questionnaire/types';
import type { Random } from './random';

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

const YPN_ORDER = ['no', 'partial', 'yes'] as const;

function numberValue(item: NumberItem, x: number): number {
  const rounded = item.integer ? Math.round(x) : Math.round(x * 10) / 10;
  return clamp(rounded, item.min ?? -Infinity, item.max ?? Infinity);
}

function optionsByScore(item: ChoiceItem) {
  return [...item.options].sort((a, b) => a.score - b.score);
}

/** The value whose score is closest to `s`; free text gets `text`. */
export function valueFor(item: Item, s: number, random: Random, text: string): number | string {
  switch (item.type) {
    case 'level':
      return clamp(Math.round(1 + 4 * s), 1, 5);
    case 'yesPartialNo':
      return s < 0.3 ? 'no' : s < 0.7 ? 'partial' : 'yes';
    case 'percentage':
      return Math.round(clamp(100 * s + random.normal(4), 0, 100));
    case 'choice': {
      let best = item.options[0];
      for (const option of item.options) {
        if (!best || Math.abs(option.score - s) < Math.abs(best.score - s)) best = option;
      }
      if (!best) throw new Error(`choice item ${item.id} has no options`);
      return best.id;
    }
    case 'number': {
      const { worst, best } = item.scoring;
      return numberValue(item, worst + s * (best - worst));
    }
    case 'text':
      return text.slice(0, item.maxLength);
  }
}

/** `value` moved `steps` levels (or their equivalent) up, or down when negative, held in range. */
export function shiftValue(item: Item, value: number | string, steps: number): number | string {
  switch (item.type) {
    case 'level':
      return typeof value === 'number' ? clamp(value + steps, 1, 5) : value;
    case 'percentage':
      return typeof value === 'number' ? clamp(value + 20 * steps, 0, 100) : value;
    case 'yesPartialNo': {
      const index = YPN_ORDER.findIndex((v) => v === value);
      if (index < 0) return value;
      return YPN_ORDER[clamp(index + steps, 0, YPN_ORDER.length - 1)] ?? value;
    }
    case 'choice': {
      const options = optionsByScore(item);
      const index = options.findIndex((o) => o.id === value);
      if (index < 0) return value;
      return options[clamp(index + steps, 0, options.length - 1)]?.id ?? value;
    }
    case 'number': {
      if (typeof value !== 'number') return value;
      const { worst, best } = item.scoring;
      return numberValue(item, value + (steps * (best - worst)) / 4);
    }
    case 'text':
      return value;
  }
}
