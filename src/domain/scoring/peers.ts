import type { Questionnaire } from '../questionnaire/types';
import type { Answers } from '../records';
import { scoreAssessment } from './score';

/**
 * Mean score per dimension over other assessments on the same questionnaire; a dimension
 * nobody scored is `null`. `count` says how many assessments stand behind the figures.
 */
export function meanDimensionScores(
  q: Questionnaire,
  others: readonly Answers[],
): { count: number; means: Record<string, number | null> } {
  const sums = new Map<string, { total: number; n: number }>();
  for (const answers of others) {
    for (const d of scoreAssessment(q, answers).dimensions) {
      if (d.score === null) continue;
      const entry = sums.get(d.dimensionId) ?? { total: 0, n: 0 };
      entry.total += d.score;
      entry.n += 1;
      sums.set(d.dimensionId, entry);
    }
  }
  const means: Record<string, number | null> = {};
  for (const dimension of q.dimensions) {
    const entry = sums.get(dimension.id);
    means[dimension.id] = entry ? entry.total / entry.n : null;
  }
  return { count: others.length, means };
}
