/**
 * What to work on next, per dimension: level items answered below the top level, weakest
 * first (the UI shows the descriptor of the next level up), then level items answered
 * "don't know", whose step is to find out.
 */
import type { Answers } from '../records';
import type { Questionnaire } from '../questionnaire/types';
import { responseLevel, type Level } from './item-score';
import { visibilityOf } from './score';

export interface NextStep {
  itemId: string;
  /** null for "don't know". */
  currentLevel: Level | null;
  /** currentLevel + 1; null for "don't know". */
  nextLevel: Level | null;
  weight: number;
}

export interface DimensionNextSteps {
  dimensionId: string;
  steps: NextStep[];
}

export interface NextStepsOptions {
  /** Most steps listed per dimension; 3 by default. */
  perDimension?: number;
}

interface Candidate {
  step: NextStep;
  order: number;
}

/** Lowest level first, then heavier items, then questionnaire order. */
function compare(a: Candidate, b: Candidate): number {
  return (
    (a.step.currentLevel ?? 0) - (b.step.currentLevel ?? 0) ||
    b.step.weight - a.step.weight ||
    a.order - b.order
  );
}

/** Dimensions without any step are left out. */
export function nextSteps(
  q: Questionnaire,
  answers: Answers,
  opts: NextStepsOptions = {},
): DimensionNextSteps[] {
  const limit = Math.max(0, Math.floor(opts.perDimension ?? 3));
  const isVisible = visibilityOf(q, answers);
  const result: DimensionNextSteps[] = [];

  for (const d of q.dimensions) {
    const known: Candidate[] = [];
    const unknown: Candidate[] = [];
    d.items.forEach((item, order) => {
      if (item.type !== 'level' || !isVisible(item)) return;
      const response = answers[item.id]?.response;
      if (response?.kind === 'dk') {
        const step = { itemId: item.id, currentLevel: null, nextLevel: null, weight: item.weight };
        unknown.push({ step, order });
        return;
      }
      const level = responseLevel(response);
      if (level === null || level === 5) return;
      const nextLevel = (level + 1) as Level;
      known.push({
        step: { itemId: item.id, currentLevel: level, nextLevel, weight: item.weight },
        order,
      });
    });
    const steps = [...known.sort(compare), ...unknown.sort(compare)]
      .slice(0, limit)
      .map((c) => c.step);
    if (steps.length > 0) result.push({ dimensionId: d.id, steps });
  }
  return result;
}
