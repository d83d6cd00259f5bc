/**
 * Addresses of the compare, agency and trends screens, and of the screens they link to.
 * The round feature builds the same addresses in its own paths.ts; both follow routes.tsx.
 */
import { agencyParam } from '@/domain/compare/selection';

export const roundPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;

export function comparePath(roundId: string, agencyIds: readonly string[] = []): string {
  const base = `${roundPath(roundId)}/compare`;
  return agencyIds.length > 0 ? `${base}?agencies=${agencyParam(agencyIds)}` : base;
}

export const agencyPath = (roundId: string, agencyId: string) =>
  `${roundPath(roundId)}/agencies/${encodeURIComponent(agencyId)}`;

export const resultsPath = (assessmentId: string) =>
  `/assessments/${encodeURIComponent(assessmentId)}/results`;

export const trendsPath = () => '/trends';
