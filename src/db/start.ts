import type { QuestionnaireRef } from '@/domain/questionnaire/types';
import type { Assessment, Respondent } from '@/domain/records';
import { addAgency } from './agencies';
import type { NewAgency } from './agencies';
import { startAssessment } from './assessments';
import { db } from './db';
import { addRound } from './rounds';
import type { NewRound } from './rounds';
import { isCore } from '@/domain/round/modules';
import { findOrStartAssessment } from './modules';
import { writeTransaction } from './transaction';

export interface StartInput {
  agency: { id: string } | { create: NewAgency };
  round: { id: string } | { create: NewRound };
  questionnaire: QuestionnaireRef;
  respondent: Respondent;
}

/**
 * Starts an assessment, adding its agency and round first when they are new. One
 * transaction: if anything is refused, no half-made agency or round is left behind. A
 * module of an existing round that this respondent already started is resumed, not doubled.
 */
export async function startNewAssessment(input: StartInput): Promise<Assessment> {
  return writeTransaction([db.agencies, db.rounds, db.questionnaires, db.assessments], async () => {
    if ('id' in input.agency && 'id' in input.round) {
      const round = await db.rounds.get(input.round.id);
      if (round && !isCore(round, input.questionnaire)) {
        const found = await findOrStartAssessment({
          agencyId: input.agency.id,
          roundId: input.round.id,
          questionnaire: input.questionnaire,
          respondent: input.respondent,
        });
        return found.assessment;
      }
    }
    const agencyId =
      'id' in input.agency ? input.agency.id : (await addAgency(input.agency.create)).id;
    const roundId = 'id' in input.round ? input.round.id : (await addRound(input.round.create)).id;
    return startAssessment({
      agencyId,
      roundId,
      questionnaire: input.questionnaire,
      respondent: input.respondent,
    });
  });
}
