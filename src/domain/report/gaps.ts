/**
 * An agency's dimensions below the round's target, most urgent first (DOMAIN: priority =
 * W·gap), for the report's "gaps" list.
 */
import type { AssessmentScore, DimensionScore } from '../scoring/score';

export type DimensionGap = DimensionScore & { target: number; gap: number };

/** Higher priority first, then the larger gap, then questionnaire order. */
export function gapsBelowTarget(score: AssessmentScore): DimensionGap[] {
  const below = score.dimensions.flatMap((d, order) =>
    d.target !== undefined && d.gap !== undefined && d.gap > 0
      ? [{ d: { ...d, target: d.target, gap: d.gap }, order }]
      : [],
  );
  below.sort(
    (a, b) => (b.d.priority ?? 0) - (a.d.priority ?? 0) || b.d.gap - a.d.gap || a.order - b.order,
  );
  return below.map((x) => x.d);
}
