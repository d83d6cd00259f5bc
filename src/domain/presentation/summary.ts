/**
 * The summary slide: the areas with the largest mean gap to target and the most uneven areas,
 * each among the areas whose figures stand on at least `threshold` agencies.
 */
import { hiddenBelow, isSmallGroup } from '../anonymity/small-groups';
import { gapRows } from '../round/gaps';
import { spreadRows } from '../round/fragmentation';
import type { RoundView } from '../round/types';
import type { CvBand } from '../statistics/bands';

export interface GapHighlight {
  dimensionId: string;
  target: number;
  meanGap: number;
  below: number;
  scored: number;
}

export interface UnevenHighlight {
  dimensionId: string;
  cv: number;
  band: CvBand;
  min: number;
  max: number;
}

export interface PresentationSummary {
  gaps: GapHighlight[];
  uneven: UnevenHighlight[];
  /** Areas left out because fewer than the threshold of agencies have a score there. */
  hidden: number;
}

export const SUMMARY_TOP = 3;

/**
 * Largest gaps: areas with a target and a mean gap above 0, largest first. Most uneven: areas
 * with a CV (n ≥ 2) above 0, highest first. Ties keep questionnaire order.
 */
export function presentationSummary(
  view: RoundView,
  threshold: number,
  top = SUMMARY_TOP,
): PresentationSummary {
  const small = (n: number) => isSmallGroup(n, threshold);
  const gaps = gapRows(view).flatMap((r): GapHighlight[] =>
    r.dimensionId !== null &&
    r.target !== undefined &&
    r.meanGap !== null &&
    r.meanGap > 0 &&
    !small(r.scored) &&
    hiddenBelow(view, r.dimensionId) === null
      ? [
          {
            dimensionId: r.dimensionId,
            target: r.target,
            meanGap: r.meanGap,
            below: r.below,
            scored: r.scored,
          },
        ]
      : [],
  );
  const uneven = spreadRows(view).flatMap((r): UnevenHighlight[] => {
    const s = r.summary;
    if (r.dimensionId === null || !s || s.n < 2 || small(s.n) || !s.cv || !r.band) return [];
    return [{ dimensionId: r.dimensionId, cv: s.cv, band: r.band, min: s.min, max: s.max }];
  });
  // Hidden before (hideSmallGroups) or here: either way the area is left out.
  const hidden = view.statistics.dimensions.filter(
    (d) => hiddenBelow(view, d.dimensionId) !== null || small(d.summary?.n ?? 0),
  ).length;
  return {
    gaps: gaps.sort((a, b) => b.meanGap - a.meanGap).slice(0, top),
    uneven: uneven.sort((a, b) => b.cv - a.cv).slice(0, top),
    hidden,
  };
}
