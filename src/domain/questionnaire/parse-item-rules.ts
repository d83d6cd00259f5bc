/**
 * Rules for one item (and the helpers the questionnaire-wide rules share) that the schema
 * cannot say on its own: five numbered levels, bands that cover 0–100 in order, scores in
 * [0, 1], positive weights and a text for every language the questionnaire declares.
 */
import type { Locale, LocalizedText } from '../locale';
import { formatPath } from '../problems';
import type { ProblemPath } from '../problems';
import { problem } from './parse-problem';
import type { QuestionnaireProblem } from './parse-problem';
import type { ChoiceItem, Item, LevelItem, NumberItem, PercentageItem } from './types';

export interface RuleContext {
  /** The declared locales, each once. */
  locales: readonly Locale[];
  out: QuestionnaireProblem[];
}

export const LEVEL_COUNT = 5;

export function checkText(ctx: RuleContext, text: LocalizedText | undefined, path: ProblemPath) {
  if (!text) return; // optional texts may be left out altogether
  for (const locale of ctx.locales) {
    if (!text[locale]?.trim()) {
      ctx.out.push(problem(path, 'missingText', { locale }, `missing "${locale}" text`));
    }
  }
}

export function checkWeight(ctx: RuleContext, weight: number, path: ProblemPath) {
  if (Number.isFinite(weight) && weight > 0) return;
  ctx.out.push(
    problem(
      path,
      'weightNotPositive',
      { found: weight },
      `weight must be greater than 0, found ${weight}`,
    ),
  );
}

function checkScore(ctx: RuleContext, score: number, path: ProblemPath) {
  if (score >= 0 && score <= 1) return;
  ctx.out.push(
    problem(
      path,
      'scoreRange',
      { min: 0, max: 1, found: score },
      `score must be within 0 to 1, found ${score}`,
    ),
  );
}

export function checkItem(ctx: RuleContext, item: Item, path: ProblemPath) {
  checkText(ctx, item.text, [...path, 'text']);
  checkText(ctx, item.help, [...path, 'help']);
  checkText(ctx, item.evidencePrompt, [...path, 'evidencePrompt']);
  // Free text is never scored, so its weight means nothing and is not checked.
  if (item.type !== 'text') checkWeight(ctx, item.weight, [...path, 'weight']);
  switch (item.type) {
    case 'level':
      return checkLevels(ctx, item, path);
    case 'percentage':
      return checkBands(ctx, item, path);
    case 'choice':
      return checkOptions(ctx, item, path);
    case 'number':
      return checkNumber(ctx, item, path);
    default:
      return;
  }
}

function checkLevels(ctx: RuleContext, item: LevelItem, path: ProblemPath) {
  const found = item.levels.length;
  if (found !== LEVEL_COUNT) {
    ctx.out.push(
      problem(
        [...path, 'levels'],
        'levelCount',
        { expected: LEVEL_COUNT, found },
        `expected ${LEVEL_COUNT} levels, found ${found}`,
      ),
    );
  }
  item.levels.forEach((level, i) => {
    const at = [...path, 'levels', i];
    const expected = i + 1;
    if (level.level !== expected) {
      ctx.out.push(
        problem(
          [...at, 'level'],
          'levelOrder',
          { expected, found: level.level },
          `levels must be numbered 1 to ${LEVEL_COUNT} in order; found ${level.level} where ${expected} was expected`,
        ),
      );
    }
    checkText(ctx, level.label, [...at, 'label']);
    checkText(ctx, level.description, [...at, 'description']);
  });
}

function checkBands(ctx: RuleContext, item: PercentageItem, path: ProblemPath) {
  item.bands.forEach((band, i) => {
    const at = [...path, 'bands', i];
    const found = band.atLeast;
    const previous = item.bands[i - 1];
    if (i === 0 && found !== 0) {
      ctx.out.push(
        problem(
          [...at, 'atLeast'],
          'bandStart',
          { expected: 0, found },
          `the first band must start at 0, found ${found}`,
        ),
      );
    }
    if (i > 0 && !(found >= 0 && found <= 100)) {
      ctx.out.push(
        problem(
          [...at, 'atLeast'],
          'bandRange',
          { min: 0, max: 100, found },
          `atLeast must be within 0 to 100, found ${found}`,
        ),
      );
    }
    if (previous && !(found > previous.atLeast)) {
      ctx.out.push(
        problem(
          [...at, 'atLeast'],
          'bandOrder',
          { previous: previous.atLeast, found },
          `atLeast must be greater than the previous band's ${previous.atLeast}, found ${found}`,
        ),
      );
    }
    checkScore(ctx, band.score, [...at, 'score']);
  });
}

function checkOptions(ctx: RuleContext, item: ChoiceItem, path: ProblemPath) {
  const seen = new Map<string, ProblemPath>();
  item.options.forEach((option, i) => {
    const at = [...path, 'options', i];
    checkUniqueId(ctx, seen, option.id, at);
    checkText(ctx, option.label, [...at, 'label']);
    checkScore(ctx, option.score, [...at, 'score']);
  });
}

function checkNumber(ctx: RuleContext, item: NumberItem, path: ProblemPath) {
  checkText(ctx, item.unit, [...path, 'unit']);
  const { worst, best } = item.scoring;
  if (worst === best) {
    ctx.out.push(
      problem(
        [...path, 'scoring'],
        'scoringRange',
        { worst, best },
        `worst and best must differ, both are ${worst}`,
      ),
    );
  }
  const { min, max } = item;
  if (min !== undefined && max !== undefined && !(min < max)) {
    ctx.out.push(
      problem(
        [...path, 'min'],
        'minMax',
        { min, max },
        `min must be less than max, found min ${min} and max ${max}`,
      ),
    );
  }
}

/** Records `id` at `path` (a map is safe for ids such as "constructor"). */
export function checkUniqueId(
  ctx: RuleContext,
  seen: Map<string, ProblemPath>,
  id: string,
  path: ProblemPath,
) {
  const first = seen.get(id);
  if (!first) {
    seen.set(id, path);
    return;
  }
  const firstAt = formatPath(first);
  ctx.out.push(
    problem(
      [...path, 'id'],
      'duplicateId',
      { id, firstAt },
      `duplicate id "${id}" (first used at ${firstAt})`,
    ),
  );
}
