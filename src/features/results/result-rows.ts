/**
 * Shapes scores into rows for the results table and charts (0–100, one decimal), so the
 * charts stay dumb and the table shows exactly the figures the charts draw.
 */
import type { AssessmentScore } from '@/domain/scoring/score';
import type { Band, Stage } from '@/domain/scoring/bands';
import { toPercent } from '@/domain/scoring/bands';

export interface ResultRow {
  dimensionId: string;
  label: string;
  score: number | null;
  band: Band | null;
  stage: Stage | null;
  target: number | null;
  gap: number | null;
  peerMean: number | null;
  completeness: number;
  answered: number;
  visible: number;
  notApplicable: number;
  dontKnow: number;
}

const pct = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : toPercent(value);

export function resultRows(
  score: AssessmentScore,
  label: (dimensionId: string) => string,
  peerMeans: Record<string, number | null> = {},
): ResultRow[] {
  return score.dimensions.map((d) => ({
    dimensionId: d.dimensionId,
    label: label(d.dimensionId),
    score: pct(d.score),
    band: d.score === null ? null : d.band,
    stage: d.score === null ? null : d.stage,
    target: pct(d.target),
    gap: pct(d.gap),
    peerMean: pct(peerMeans[d.dimensionId]),
    completeness: toPercent(d.completeness),
    answered: d.items.answered,
    visible: d.items.visible,
    notApplicable: d.items.notApplicable,
    dontKnow: d.items.dontKnow,
  }));
}

/** Below this share of answered weight a score stands on too little to be trusted. */
export const LOW_COMPLETENESS = 0.6;
