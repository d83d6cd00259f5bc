/**
 * Which agencies the comparison shows: two to six, chosen among those with a submitted
 * score, kept in the address (`?agencies=id1,id2`) so a comparison can be shared or reloaded.
 * Six is where overlaid outlines stop being readable, even with colour and dash told apart.
 */
import type { RoundView } from '../round/types';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

/** The ids in the `agencies` query value, in order, without blanks or repeats. */
export function parseAgencyParam(raw: string | null): string[] {
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)];
}

/**
 * The query value for `ids`, written into the address as it is: commas stay readable
 * (`?agencies=id1,id2`) and anything else an id might hold is percent-encoded.
 */
export function agencyParam(ids: readonly string[]): string {
  return ids.map(encodeURIComponent).join(',');
}

/** Agencies that can be compared: those with a submitted (combined) score, in the view's order. */
export function comparableIds(view: RoundView): string[] {
  return view.rows.flatMap((row) => (row.score ? [row.agency.id] : []));
}

export interface ResolvedSelection {
  /** At most MAX_COMPARED comparable ids, in the order asked for. */
  ids: string[];
  /** Asked-for ids with no submitted score in this round (or unknown), left out. */
  unknown: string[];
  /** Comparable ids past the limit, left out. */
  overLimit: string[];
}

/** What the address asks for, held to the comparable agencies and the limit. */
export function resolveSelection(
  requested: readonly string[],
  comparable: readonly string[],
): ResolvedSelection {
  const allowed = new Set(comparable);
  const known = requested.filter((id) => allowed.has(id));
  return {
    ids: known.slice(0, MAX_COMPARED),
    unknown: requested.filter((id) => !allowed.has(id)),
    overLimit: known.slice(MAX_COMPARED),
  };
}

export interface Toggle {
  ids: string[];
  /** True when a seventh agency was asked for; `ids` is then unchanged. */
  refused: boolean;
}

/**
 * Checking adds the agency at the end (it keeps its place, and its colour, while others
 * come and go after it); unchecking removes it. A seventh is refused and nothing changes.
 */
export function toggleAgency(selected: readonly string[], id: string, checked: boolean): Toggle {
  if (!checked) return { ids: selected.filter((x) => x !== id), refused: false };
  if (selected.includes(id)) return { ids: [...selected], refused: false };
  if (selected.length >= MAX_COMPARED) return { ids: [...selected], refused: true };
  return { ids: [...selected, id], refused: false };
}
