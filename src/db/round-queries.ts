/**
 * Read-only queries for the coordinator's screens. Each reads in one transaction, so a
 * figure never mixes records from before and after a change; screens wrap them in live
 * queries. The figures themselves come from the domain (`buildRoundView`, `buildTrends`).
 */
import type { Round } from '../domain/records';
import { agencyStatus, buildRoundView, coreAssessmentsByAgency } from '../domain/round/round-view';
import { buildTrends } from '../domain/round/trends';
import type { RoundInput, RoundView, TrendView } from '../domain/round/types';
import { db } from './db';
import { readQuestionnaire } from './questionnaire-contents';
import { listRounds } from './rounds';
import { sharedLiveQuery, type SharedQuery } from './shared-live-query';

export interface RoundSummary {
  round: Round;
  demo: boolean;
  /** Agencies on this device by their status in the round (core questionnaire only). */
  submitted: number;
  draft: number;
  notStarted: number;
}

/** Newest period first, as `listRounds`. */
export async function listRoundSummaries(): Promise<RoundSummary[]> {
  return db.transaction('r', [db.rounds, db.agencies, db.assessments], async () => {
    const [rounds, agencies, assessments] = await Promise.all([
      listRounds(),
      db.agencies.toArray(),
      db.assessments.toArray(),
    ]);
    return rounds.map((round) => {
      const byAgency = coreAssessmentsByAgency(round, assessments);
      const summary: RoundSummary = {
        round,
        demo: round.demo === true,
        submitted: 0,
        draft: 0,
        notStarted: 0,
      };
      for (const agency of agencies) summary[agencyStatus(byAgency.get(agency.id) ?? [])] += 1;
      return summary;
    });
  });
}

/**
 * The stored records `buildRoundView` needs, for the round's questionnaire `questionnaireId`
 * (a module), or its core when that is not given or not used by the round; null when the
 * round does not exist or that questionnaire is not stored on this device.
 */
export async function loadRoundInput(
  roundId: string,
  questionnaireId?: string,
): Promise<RoundInput | null> {
  return db.transaction(
    'r',
    [db.rounds, db.questionnaires, db.agencies, db.assessments],
    async () => {
      const round = await db.rounds.get(roundId);
      const ref =
        round?.questionnaires.find((q) => q.id === questionnaireId) ?? round?.questionnaires[0];
      if (!round || !ref) return null;
      const [questionnaire, agencies, assessments] = await Promise.all([
        readQuestionnaire(ref),
        db.agencies.toArray(),
        db.assessments.where('roundId').equals(roundId).toArray(),
      ]);
      if (!questionnaire) return null;
      return { round, questionnaire, agencies, assessments };
    },
  );
}

/** The view of the round's core questionnaire, or of its module `questionnaireId`. */
export async function loadRoundView(
  roundId: string,
  questionnaireId?: string,
): Promise<RoundView | null> {
  const input = await loadRoundInput(roundId, questionnaireId);
  return input ? buildRoundView(input) : null;
}

/**
 * `loadRoundView` as a live query that the start-up's read ahead and the round's screens
 * share (see `sharedLiveQuery`).
 */
export function roundViewQuery(
  roundId: string,
  questionnaireId?: string,
): SharedQuery<RoundView | null> {
  return sharedLiveQuery(`round/${roundId}/${questionnaireId ?? ''}`, () =>
    loadRoundView(roundId, questionnaireId),
  );
}

/** null when either round cannot be read (see `loadRoundInput`). */
export async function loadTrendView(
  earlierRoundId: string,
  laterRoundId: string,
): Promise<TrendView | null> {
  const [earlier, later] = await Promise.all([
    loadRoundInput(earlierRoundId),
    loadRoundInput(laterRoundId),
  ]);
  return earlier && later ? buildTrends(earlier, later) : null;
}
