/**
 * Small pure helpers for reading a parsed questionnaire: items in order, lookup by id,
 * show-if visibility and checking a value a person entered against an item's rule.
 */
import type { Answers } from '../records';
import type { Dimension, Item, Questionnaire } from './types';
import { YES_PARTIAL_NO } from './types';

export interface ItemEntry {
  item: Item;
  dimension: Dimension;
}

/** Every item in questionnaire order (dimensions first to last, items within), with its dimension. */
export function allItems(q: Questionnaire): ItemEntry[] {
  return q.dimensions.flatMap((dimension) => dimension.items.map((item) => ({ item, dimension })));
}

// Visibility is asked for every item on every render, so lookups go through an index that
// lives as long as the (immutable) questionnaire object.
const indexes = new WeakMap<Questionnaire, Map<string, Item>>();

function itemIndex(q: Questionnaire): Map<string, Item> {
  let index = indexes.get(q);
  if (!index) {
    index = new Map();
    for (const { item } of allItems(q)) if (!index.has(item.id)) index.set(item.id, item);
    indexes.set(q, index);
  }
  return index;
}

export function findItem(q: Questionnaire, id: string): Item | undefined {
  return itemIndex(q).get(id);
}

/**
 * An item with a show-if condition is visible only when the item it refers to is visible
 * and holds a value listed in `in`; "not applicable", "don't know" and no answer hide it.
 * Values compare strictly: a level is the number 3, never the string "3".
 */
export function isItemVisible(q: Questionnaire, item: Item, answers: Answers): boolean {
  const seen = new Set<string>();
  let current: Item | undefined = item;
  while (current?.showIf) {
    // A parsed questionnaire only looks back, so this guard only matters for unchecked data.
    if (seen.has(current.id)) return false;
    seen.add(current.id);
    const { item: ref, in: accepted } = current.showIf;
    const answer = Object.hasOwn(answers, ref) ? answers[ref] : undefined;
    const response = answer?.response;
    if (response?.kind !== 'value') return false;
    if (!accepted.some((value) => value === response.value)) return false;
    current = findItem(q, ref);
    if (!current) return false;
  }
  return true;
}

export type ValueProblemCode =
  'notInteger' | 'outOfRange' | 'notANumber' | 'unknownOption' | 'tooLong' | 'wrongType';

export type CheckedValue =
  | { ok: true; value: number | string }
  | { ok: false; code: ValueProblemCode; params: Record<string, string | number> };

function fail(
  code: ValueProblemCode,
  params: Record<string, string | number> = {},
): Extract<CheckedValue, { ok: false }> {
  return { ok: false, code, params };
}

/**
 * Checks a value a person entered for `item`. Numbers must already be numbers: reading
 * typed text (decimal commas and the like) is the form's job; a string here is not a number.
 */
export function checkValue(item: Item, value: unknown): CheckedValue {
  switch (item.type) {
    case 'level':
      return checkNumber(value, { min: 1, max: 5, integer: true });
    case 'percentage':
      return checkNumber(value, { min: 0, max: 100, integer: false });
    case 'number':
      return checkNumber(value, { min: item.min, max: item.max, integer: item.integer });
    case 'yesPartialNo':
      return checkOption(value, YES_PARTIAL_NO);
    case 'choice':
      return checkOption(
        value,
        item.options.map((option) => option.id),
      );
    case 'text':
      if (typeof value !== 'string') return fail('wrongType', { expected: 'string' });
      if (value.length > item.maxLength) {
        return fail('tooLong', { max: item.maxLength, length: value.length });
      }
      return { ok: true, value };
  }
}

function checkNumber(
  value: unknown,
  rule: { min: number | undefined; max: number | undefined; integer: boolean },
): CheckedValue {
  if (typeof value === 'string') return fail('notANumber', { found: value });
  if (typeof value !== 'number') return fail('wrongType', { expected: 'number' });
  if (!Number.isFinite(value)) return fail('notANumber', { found: String(value) });
  if (rule.integer && !Number.isInteger(value)) return fail('notInteger', { found: value });
  const { min, max } = rule;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return fail('outOfRange', {
      found: value,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    });
  }
  return { ok: true, value };
}

function checkOption(value: unknown, options: readonly string[]): CheckedValue {
  if (typeof value !== 'string') return fail('wrongType', { expected: 'string' });
  if (!options.includes(value)) {
    return fail('unknownOption', { found: value, expected: options.join(', ') });
  }
  return { ok: true, value };
}
