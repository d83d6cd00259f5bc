import { useLiveQuery } from 'dexie-react-hooks';
import { loadRoundView } from '@/db/round-queries';
import type { RoundView } from '@/domain/round/types';

/**
 * `undefined` while loading, `null` when the round (or its questionnaire) is not stored. The
 * view is rebuilt only when the stored records change, e.g. a submission in another tab; the
 * screens shape it further with memoised functions of this one object.
 */
export function useRoundView(roundId: string): RoundView | null | undefined {
  return useLiveQuery(() => loadRoundView(roundId), [roundId]);
}
