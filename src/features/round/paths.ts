/** Addresses of the coordinator's screens, so links to them are built in one place. */
export const roundsPath = () => '/rounds';
export const roundPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;
export const targetsPath = (roundId: string) => `${roundPath(roundId)}/targets`;
/** Agency comparison and per-agency detail (src/features/compare builds the same addresses). */
export const comparePath = (roundId: string) => `${roundPath(roundId)}/compare`;
export const agencyPath = (roundId: string, agencyId: string) =>
  `${roundPath(roundId)}/agencies/${encodeURIComponent(agencyId)}`;
export const trendsPath = () => '/trends';
