/** A small round of several fixture agencies, for the coordinator's and trainer's screens. */
import { addAgency } from '@/db/agencies';
import { startAssessment, submitAssessment } from '@/db/assessments';
import type { AgencyKind, Response } from '@/domain/records';
import { answerDirectly, seedQuestionnaire, seedRound } from './seed';

/**
 * One round on the fixture questionnaire (areas Strategy and Services), each agency with a
 * submitted assessment giving these responses; Services is scored only after a "yes".
 */
export async function seedAgencies(
  agencies: {
    name: string;
    shortName: string;
    kind?: AgencyKind;
    responses: Record<string, Response>;
  }[],
  targets?: Record<string, number>,
) {
  const questionnaire = await seedQuestionnaire();
  const round = await seedRound(questionnaire, targets);
  for (const a of agencies) {
    const agency = await addAgency({
      name: a.name,
      shortName: a.shortName,
      kind: a.kind ?? 'ministry',
    });
    const assessment = await startAssessment({
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      respondent: { name: `Head of ${a.shortName}`, role: 'leadership' },
    });
    await answerDirectly(assessment.id, a.responses);
    await submitAssessment(assessment.id);
  }
  return { questionnaire, round };
}
