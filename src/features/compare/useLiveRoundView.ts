import type { RoundView } from '@/domain/round/types';
import { usePrivateRoundView } from '@/hooks/usePrivateRoundView';

/**
 * `undefined` while loading, `null` when the round or its questionnaire is not stored. Under
 * the device's "hide agency names" setting, as every screen of the round.
 */
export function useLiveRoundView(
  roundId: string,
  /** A module of the round (`?q=`); the core when absent or not used by the round. */
  questionnaireId?: string,
): RoundView | null | undefined {
  return usePrivateRoundView(roundId, { questionnaireId }).view;
}
