import { useLiveQuery } from 'dexie-react-hooks';
import { loadEarlierRound, type EarlierRound } from '@/db/action-queries';
import { listActions } from '@/db/actions';
import type { Action } from '@/domain/records';

/**
 * One agency's actions in one round, kept current (a change in another tab shows too);
 * `undefined` while loading. The results page and the printable report both read it.
 */
export function useAgencyActions(
  agencyId: string | undefined,
  roundId: string | undefined,
): Action[] | undefined {
  return useLiveQuery(
    async () => (agencyId && roundId ? listActions(agencyId, roundId) : []),
    [agencyId, roundId],
  );
}

/** The agency's latest earlier round with results or actions; null when there is none. */
export function useEarlierRound(
  agencyId: string,
  roundId: string,
  questionnaireId: string,
): EarlierRound | null | undefined {
  return useLiveQuery(
    () => loadEarlierRound(agencyId, roundId, questionnaireId),
    [agencyId, roundId, questionnaireId],
  );
}
