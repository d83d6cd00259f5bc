/**
 * What the "since the last round" block reads: the agency's latest earlier round with a
 * submitted result or an action plan, its combined score per dimension (DOMAIN: mean of role
 * means, as every coordinator screen computes it) and that round's actions.
 */
import type { Questionnaire } from '../domain/questionnaire/types';
import type { Action, Round } from '../domain/records';
import { combineRespondents } from '../domain/statistics/respondents';
import { db } from './db';
import { readQuestionnaire } from './questionnaire-contents';

export interface EarlierRound {
  round: Round;
  /** The version of the questionnaire the earlier round used; null when it is not stored. */
  questionnaire: Questionnaire | null;
  /** The agency's combined score per dimension id; empty without a submitted result. */
  scores: Record<string, number | null>;
  actions: Action[];
}

/** Rounds that started before `round`, newest first (the order of `listRounds`). */
function earlierThan(round: Round, rounds: readonly Round[]): Round[] {
  return rounds
    .filter((r) => r.id !== round.id && r.period.start < round.period.start)
    .sort((a, b) => b.period.start.localeCompare(a.period.start));
}

/** null when the agency has neither results nor actions in an earlier round. */
export async function loadEarlierRound(
  agencyId: string,
  roundId: string,
  questionnaireId: string,
): Promise<EarlierRound | null> {
  return db.transaction(
    'r',
    [db.rounds, db.assessments, db.actions, db.questionnaires],
    async () => {
      const current = await db.rounds.get(roundId);
      if (!current) return null;
      const [rounds, assessments, actions] = await Promise.all([
        db.rounds.toArray(),
        db.assessments.where('agencyId').equals(agencyId).toArray(),
        db.actions.where('agencyId').equals(agencyId).toArray(),
      ]);
      for (const round of earlierThan(current, rounds)) {
        const ref = round.questionnaires.find((q) => q.id === questionnaireId);
        const submitted = assessments.filter(
          (a) =>
            a.roundId === round.id &&
            a.status === 'submitted' &&
            a.questionnaire.id === questionnaireId &&
            a.questionnaire.version === ref?.version,
        );
        const planned = actions.filter(
          (a) => a.roundId === round.id && a.questionnaireId === questionnaireId,
        );
        if (!ref || (submitted.length === 0 && planned.length === 0)) continue;
        const questionnaire = (await readQuestionnaire(ref)) ?? null;
        const scores: Record<string, number | null> = {};
        if (questionnaire && submitted.length > 0) {
          const combined = combineRespondents(
            questionnaire,
            submitted.map((a) => ({ role: a.respondent.role, answers: a.answers })),
          );
          for (const d of combined.score.dimensions) scores[d.dimensionId] = d.score;
        }
        return { round, questionnaire, scores, actions: planned };
      }
      return null;
    },
  );
}
