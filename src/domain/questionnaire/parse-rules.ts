/**
 * Rules over the whole questionnaire, run once its shape is right: declared locales, unique
 * ids, show-if conditions. Problems come out in document order and all of them are
 * reported, so an author can fix a file in one pass.
 */
import type { Locale } from '../locale';
import type { ProblemPath } from '../problems';
import { checkItem, checkText, checkUniqueId, checkWeight, LEVEL_COUNT } from './parse-item-rules';
import type { RuleContext } from './parse-item-rules';
import { problem, show } from './parse-problem';
import type { QuestionnaireProblem } from './parse-problem';
import { YES_PARTIAL_NO } from './types';
import type { Item, Questionnaire, ShowIf } from './types';

interface PlacedItem {
  item: Item;
  /** Position in the questionnaire's order: dimensions first to last, items within. */
  order: number;
}

export function checkRules(q: Questionnaire): QuestionnaireProblem[] {
  const out: QuestionnaireProblem[] = [];
  const ctx: RuleContext = { locales: uniqueLocales(q.locales, out), out };
  checkText(ctx, q.title, ['title']);
  checkText(ctx, q.description, ['description']);

  const placed = placeItems(q);
  const dimensionIds = new Map<string, ProblemPath>();
  const itemIds = new Map<string, ProblemPath>();
  let order = 0;
  q.dimensions.forEach((dimension, d) => {
    const at: ProblemPath = ['dimensions', d];
    checkUniqueId(ctx, dimensionIds, dimension.id, at);
    checkWeight(ctx, dimension.weight, [...at, 'weight']);
    checkText(ctx, dimension.title, [...at, 'title']);
    checkText(ctx, dimension.shortTitle, [...at, 'shortTitle']);
    checkText(ctx, dimension.description, [...at, 'description']);
    dimension.discussionPrompts.forEach((prompt, p) => {
      checkText(ctx, prompt, [...at, 'discussionPrompts', p]);
    });
    dimension.items.forEach((item, i) => {
      const itemAt = [...at, 'items', i];
      checkUniqueId(ctx, itemIds, item.id, itemAt);
      checkItem(ctx, item, itemAt);
      if (item.showIf) checkShowIf(ctx, item.showIf, [...itemAt, 'showIf'], order, placed);
      order += 1;
    });
  });
  return out;
}

function uniqueLocales(locales: readonly Locale[], out: QuestionnaireProblem[]): Locale[] {
  const unique: Locale[] = [];
  locales.forEach((locale, i) => {
    if (unique.includes(locale)) {
      out.push(
        problem(['locales', i], 'duplicateLocale', { locale }, `duplicate locale "${locale}"`),
      );
    } else {
      unique.push(locale);
    }
  });
  return unique;
}

/** Each item id at its first place; a later duplicate is reported as such, not here. */
function placeItems(q: Questionnaire): Map<string, PlacedItem> {
  const placed = new Map<string, PlacedItem>();
  let order = 0;
  for (const dimension of q.dimensions) {
    for (const item of dimension.items) {
      if (!placed.has(item.id)) placed.set(item.id, { item, order });
      order += 1;
    }
  }
  return placed;
}

/**
 * A condition may only look back: the wizard shows items in order, and looking back also
 * rules out cycles. Free text cannot decide visibility because its answers are open.
 */
function checkShowIf(
  ctx: RuleContext,
  showIf: ShowIf,
  path: ProblemPath,
  order: number,
  placed: Map<string, PlacedItem>,
) {
  const ref = showIf.item;
  const target = placed.get(ref);
  if (!target) {
    ctx.out.push(
      problem(
        [...path, 'item'],
        'showIfUnknownItem',
        { item: ref },
        `refers to unknown item "${ref}"`,
      ),
    );
    return;
  }
  if (target.order >= order) {
    const self = target.order === order;
    ctx.out.push(
      problem(
        [...path, 'item'],
        'showIfOrder',
        { item: ref },
        self
          ? `refers to the item itself; it must refer to an earlier item`
          : `refers to item "${ref}", which comes later; it must refer to an earlier item`,
      ),
    );
  }
  if (target.item.type === 'text') {
    ctx.out.push(
      problem(
        [...path, 'item'],
        'showIfTarget',
        { item: ref },
        `refers to free-text item "${ref}"; only items with set answers can decide visibility`,
      ),
    );
    return;
  }
  const answers = possibleAnswers(target.item);
  showIf.in.forEach((value, i) => {
    if (answers.accepts(value)) return;
    ctx.out.push(
      problem(
        [...path, 'in', i],
        'showIfValue',
        { item: ref, value, expected: answers.expected },
        `${show(value)} is not a possible answer of item "${ref}"; expected ${answers.expected}`,
      ),
    );
  });
}

function possibleAnswers(item: Item): {
  accepts: (value: string | number) => boolean;
  expected: string;
} {
  switch (item.type) {
    case 'level':
      return {
        accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= LEVEL_COUNT,
        expected: `an integer from 1 to ${LEVEL_COUNT}`,
      };
    case 'yesPartialNo':
      return {
        accepts: (v) => YES_PARTIAL_NO.some((answer) => answer === v),
        expected: `one of ${YES_PARTIAL_NO.join(', ')}`,
      };
    case 'choice':
      return {
        accepts: (v) => item.options.some((option) => option.id === v),
        expected: `one of ${item.options.map((option) => option.id).join(', ')}`,
      };
    case 'percentage':
    case 'number':
      return { accepts: (v) => typeof v === 'number', expected: 'a number' };
    case 'text':
      return { accepts: () => false, expected: 'nothing (free text)' };
  }
}
