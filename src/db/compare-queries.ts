/**
 * Read-only queries for the compare and trends screens. The trends screen needs more than
 * `loadTrendView` gives: the agencies' names and both questionnaires, to name the questions
 * two versions do not share. Both rounds are read in one transaction, so the figures never
 * mix records from before and after a change.
 */
import type { Questionnaire } from '../domain/questionnaire/types';
import type { Agency } from '../domain/records';
import { buildTrends } from '../domain/round/trends';
import type { TrendView } from '../domain/round/types';
import { db } from './db';
import { loadRoundInput } from './round-queries';

export interface TrendScreen {
  trend: TrendView;
  /** Every agency either round's input held, by id. */
  agencies: Map<string, Agency>;
  earlierQuestionnaire: Questionnaire;
  laterQuestionnaire: Questionnaire;
}

/** null when either round cannot be read (missing, or its questionnaire is not stored). */
export async function loadTrendScreen(
  earlierRoundId: string,
  laterRoundId: string,
): Promise<TrendScreen | null> {
  return db.transaction(
    'r',
    [db.rounds, db.questionnaires, db.agencies, db.assessments],
    async () => {
      const [earlier, later] = await Promise.all([
        loadRoundInput(earlierRoundId),
        loadRoundInput(laterRoundId),
      ]);
      if (!earlier || !later) return null;
      return {
        trend: buildTrends(earlier, later),
        agencies: new Map([...earlier.agencies, ...later.agencies].map((a) => [a.id, a])),
        earlierQuestionnaire: earlier.questionnaire,
        laterQuestionnaire: later.questionnaire,
      };
    },
  );
}
