/**
 * A RoundView with the agencies' names replaced by their letters (see `letters.ts`), so every
 * screen built from the view (overview, heatmap, gaps, plots, imbalance, comparison, the
 * presentation) shows no name without changing the screens. Rows are put in letter order:
 * the view's own order is by name, which would give the names away.
 */
import type { Agency, Assessment } from '../records';
import type { RoundView } from '../round/types';
import { agencyLetters, compareLabels } from './letters';

export interface AnonymousNames {
  /** The name shown for an agency with this letter, e.g. "Agency C"; language is the caller's. */
  agency: (letter: string) => string;
  /** What replaces a respondent's name (a person is as identifying as the agency). */
  respondent: (letter: string, index: number) => string;
}

export function roundLetters(view: Pick<RoundView, 'rows'>): Map<string, string> {
  return agencyLetters(view.rows.map((r) => r.agency.id));
}

function hideRespondents(
  assessments: readonly Assessment[],
  letter: string,
  names: AnonymousNames,
): Assessment[] {
  return assessments.map((a, index) => {
    const name = names.respondent(letter, index + 1);
    return {
      ...a,
      respondent: { ...a.respondent, name },
      history: a.history.map((h) => ({ ...h, respondent: { ...h.respondent, name } })),
    };
  });
}

export function anonymiseRoundView(view: RoundView, names: AnonymousNames): RoundView {
  const letters = roundLetters(view);
  const letterOf = (id: string) => letters.get(id) ?? '?';
  const rows = view.rows
    .map((row) => {
      const letter = letterOf(row.agency.id);
      // The parent agency is left out too: it would say whose department this is.
      const agency = { ...row.agency, name: names.agency(letter), shortName: letter };
      delete agency.parentId;
      return {
        ...row,
        agency,
        assessments: hideRespondents(row.assessments, letter, names),
      };
    })
    .sort((a, b) => compareLabels(a.agency.shortName, b.agency.shortName));
  const order = new Map(rows.map((r, index) => [r.agency.id, index]));
  const agencies = [...view.statistics.agencies].sort(
    (a, b) => (order.get(a.agencyId) ?? 0) - (order.get(b.agencyId) ?? 0),
  );
  return { ...view, rows, statistics: { ...view.statistics, agencies }, anonymised: true };
}

/**
 * The same letters for a list of agencies outside a RoundView (the trends between rounds): the
 * list must hold the same agencies as the views (every agency on the device), so an agency
 * keeps its letter from screen to screen.
 */
export function anonymiseAgencies(
  agencies: ReadonlyMap<string, Agency>,
  names: Pick<AnonymousNames, 'agency'>,
): Map<string, Agency> {
  const letters = agencyLetters([...agencies.keys()]);
  return new Map(
    [...agencies].map(([id, agency]) => {
      const letter = letters.get(id) ?? '?';
      const hidden = { ...agency, name: names.agency(letter), shortName: letter };
      delete hidden.parentId;
      return [id, hidden];
    }),
  );
}
