/**
 * Where Kyrgyzstan stands in published indices (DOMAIN.md, "Kyrgyzstan facts"). Figures are
 * the publishers'; the slide names each source.
 */

/** UN E-Government Survey: Kyrgyzstan's EGDI rank among 193 UN member states, by edition. */
export const EGDI_RANKS: readonly { year: number; rank: number }[] = [
  { year: 2018, rank: 91 },
  { year: 2020, rank: 83 },
  { year: 2022, rank: 81 },
  { year: 2024, rank: 78 },
];

export const EGDI_MEMBER_STATES = 193;

/** Tunduk, the national data-exchange platform on X-Road (running since 2016), as of 2023. */
export const TUNDUK = { since: 2016, year: 2023, organisations: 185, services: 1000 } as const;

/** Places gained between the first and the last edition listed (positive: moved up). */
export function ranksGained(ranks: readonly { year: number; rank: number }[]): number | null {
  const first = ranks[0];
  const last = ranks[ranks.length - 1];
  return first && last && first !== last ? first.rank - last.rank : null;
}
