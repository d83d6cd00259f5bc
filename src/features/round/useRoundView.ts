import type { RoundView } from '@/domain/round/types';
import { usePrivateRoundView } from '@/hooks/usePrivateRoundView';

/**
 * `undefined` while loading, `null` when the round (or its questionnaire) is not stored. The
 * view is rebuilt only when the stored records or the privacy settings change, e.g. a
 * submission in another tab; the screens shape it further with memoised functions of this one
 * object. With "hide agency names" on, names are letters and small groups are hidden.
 */
export function useRoundView(
  roundId: string,
  /** A module of the round (`?q=`); the core when absent or not used by the round. */
  questionnaireId?: string,
): RoundView | null | undefined {
  return usePrivateRoundView(roundId, { questionnaireId }).view;
}
