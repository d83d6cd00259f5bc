import { useLiveQuery } from 'dexie-react-hooks';
import { loadRoundView } from '@/db/round-queries';
import type { RoundView } from '@/domain/round/types';

/** `undefined` while loading, `null` when the round or its questionnaire is not stored. */
export function useLiveRoundView(roundId: string): RoundView | null | undefined {
  return useLiveQuery(() => loadRoundView(roundId), [roundId]);
}
