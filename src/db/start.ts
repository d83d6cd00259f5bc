import type { QuestionnaireRef } from '@/domain/questionnaire/types';
import type { Assessment, Respondent } from '@/domain/records';
import { addAgency } from './agencies';
import type { NewAgency } from './agencies';
import { startAssessment } from './assessments';
import { db } from './db';
import { addRound } from './rounds';
import type { NewRound } from './rounds';
import { writeTransaction } from './transaction';

export interface StartInput {
  agency: { id: string } | { create: NewAgency };
  round: { id: string } | { create: NewRound };
  questionnaire: QuestionnaireRef;
  respondent: Respondent;
}

/**
 * Starts an assessment, adding its agency and round first when they are new. One
 * transaction: if anything is refused, no half-made agency or round is left behind.
 */
export async function startNewAssessment(input: StartInput): Promise<Assessment> {
  return writeTransaction([db.agencies, db.rounds, db.questionnaires, db.assessments], async () => {
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
