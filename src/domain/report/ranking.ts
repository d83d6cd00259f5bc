/**
 * Agencies of a round ranked by overall score for the round summary. Equal scores (at the
 * precision shown) share a rank and the next rank is skipped ("1, 2, 2, 4"), so no agency is
 * placed above another on a difference the reader cannot see.
 */
import { toPercent, type Band, type Stage } from '../scoring/bands';
import type { RoundView } from '../round/types';

export interface RankedAgency {
  rank: number;
  agencyId: string;
  name: string;
  demo: boolean;
  score: number;
  band: Band | null;
  stage: Stage | null;
  /** Submitted respondents combined into the score. */
  respondents: number;
}

/** Agencies with an overall score, highest first; ties keep the view's (name) order. */
export function rankAgencies(view: RoundView): RankedAgency[] {
  const scored = view.rows.flatMap((r) => {
    const score = r.score?.overall.score;
    if (score === null || score === undefined) return [];
    return [
      {
        agencyId: r.agency.id,
        name: r.agency.name,
        demo: r.agency.demo === true,
        score,
        band: r.score?.overall.band ?? null,
        stage: r.score?.overall.stage ?? null,
        respondents: r.assessments.filter((a) => a.status === 'submitted').length,
      },
    ];
  });
  // Stable sort on the shown value (one decimal of 0–100).
  scored.sort((a, b) => toPercent(b.score) - toPercent(a.score));
  let previous: number | null = null;
  let rank = 0;
  return scored.map((agency, index) => {
    const shown = toPercent(agency.score);
    if (shown !== previous) rank = index + 1;
    previous = shown;
    return { rank, ...agency };
  });
}

/** Short codes for the dimensions ("D1", "D2" …) in questionnaire order, for narrow tables. */
export function dimensionCodes(dimensionIds: readonly string[]): Map<string, string> {
  return new Map(dimensionIds.map((id, index) => [id, `D${index + 1}`]));
}
