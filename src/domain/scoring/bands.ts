/**
 * How a score in [0, 1] is shown: a percentage, a band (A–D, the UN E-Government Survey and
 * World Bank GTMI cut-offs) and a stage 1–5 (UNDP Digital Development Compass names).
 */
export type Band = 'A' | 'B' | 'C' | 'D';
export type Stage = 1 | 2 | 3 | 4 | 5;

export const STAGES = [1, 2, 3, 4, 5] as const satisfies readonly Stage[];

/** Stable keys, not display text: the UI translates them. */
export const STAGE_NAMES = {
  1: 'basic',
  2: 'opportunistic',
  3: 'systematic',
  4: 'differentiating',
  5: 'transformational',
} as const satisfies Record<Stage, string>;
export type StageName = (typeof STAGE_NAMES)[Stage];

/**
 * Rounds to 9 decimals before a score is compared with a threshold. Scores are weighted
 * means of fractions such as 1/4 and 1/3, and binary floating point makes a mean that is
 * 0.75 on paper come out as 0.7499999999…, which would drop an agency a band and a stage.
 * Nine decimals is far below any difference an answer can make, so rounding only removes
 * that noise.
 */
export function roundScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}

/** A ≥ 0.75, B ≥ 0.50, C ≥ 0.25, D below. */
export function band(score: number): Band {
  const s = roundScore(score);
  if (s >= 0.75) return 'A';
  if (s >= 0.5) return 'B';
  if (s >= 0.25) return 'C';
  return 'D';
}

/** stage = min(5, floor(1 + 4·score)); a score outside [0, 1] is held to the nearest end. */
export function stage(score: number): Stage {
  const s = Math.min(1, Math.max(0, roundScore(score)));
  return Math.min(5, Math.floor(1 + 4 * s)) as Stage;
}

/** 0–100 with one decimal, for display (0.625 → 62.5). */
export function toPercent(score: number): number {
  return Math.round(roundScore(score) * 1000) / 10;
}
