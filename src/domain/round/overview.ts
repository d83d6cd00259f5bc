/** The round overview's filters and counts. */
import { AGENCY_KINDS, type AgencyKind } from '../records';
import type { AgencyRow, AgencyStatus } from './types';

export type KindFilter = AgencyKind | 'all';

export function filterByKind(rows: readonly AgencyRow[], kind: KindFilter): AgencyRow[] {
  return kind === 'all' ? [...rows] : rows.filter((r) => r.agency.kind === kind);
}

/** The kinds that occur among the rows, in `AGENCY_KINDS` order, for the filter's options. */
export function kindsPresent(rows: readonly AgencyRow[]): AgencyKind[] {
  const present = new Set(rows.map((r) => r.agency.kind));
  return AGENCY_KINDS.filter((k) => present.has(k));
}

export function statusCounts(rows: readonly AgencyRow[]): Record<AgencyStatus, number> {
  const counts: Record<AgencyStatus, number> = { notStarted: 0, draft: 0, submitted: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

/** True when the round or any agency row is synthetic demo data, so screens label it. */
export function showsDemoData(view: {
  round: { demo?: true };
  rows: readonly AgencyRow[];
}): boolean {
  return view.round.demo === true || view.rows.some((r) => r.agency.demo === true);
}
