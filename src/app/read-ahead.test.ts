import { submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { savePlace } from '@/db/places';
import { forgetPrimedView, primedView } from '@/db/views';
import { resetDatabase, seedDraft } from '@/test/seed';
import { readAhead } from './read-ahead';

beforeEach(resetDatabase);

describe('readAhead', () => {
  it('sends a draft to the step last shown, with its records ready for that step', async () => {
    const { assessment, questionnaire } = await seedDraft();
    await savePlace(assessment.id, 2);

    expect(await readAhead(`/assessments/${assessment.id}`)).toBe(
      `/assessments/${assessment.id}/step/2`,
    );
    const view = primedView(assessment.id);
    expect(view?.assessment.id).toBe(assessment.id);
    expect(view?.questionnaire).toEqual(questionnaire);
    expect(view?.agency?.id).toBe(assessment.agencyId);
    expect(view?.round?.id).toBe(assessment.roundId);
    forgetPrimedView(assessment.id);
  });

  it('sends a draft never left to its first step, and a submitted one to its results', async () => {
    const { assessment } = await seedDraft();
    expect(await readAhead(`/assessments/${assessment.id}`)).toBe(
      `/assessments/${assessment.id}/step/1`,
    );
    forgetPrimedView(assessment.id);

    await submitAssessment(assessment.id);
    expect(await readAhead(`/assessments/${assessment.id}`)).toBe(
      `/assessments/${assessment.id}/results`,
    );
    expect(primedView(assessment.id)).toBeUndefined();
  });

  it('reads ahead for a step without sending anywhere else', async () => {
    const { assessment } = await seedDraft();
    expect(await readAhead(`/assessments/${assessment.id}/step/2`)).toBeUndefined();
    expect(primedView(assessment.id)?.assessment.id).toBe(assessment.id);
    forgetPrimedView(assessment.id);
  });

  it('leaves an unknown assessment to its screen, which says it was not found', async () => {
    expect(await readAhead('/assessments/no-such-id')).toBe('/assessments/no-such-id/step/1');
    expect(primedView('no-such-id')).toBeUndefined();
  });

  it('reads nothing for addresses that are not one assessment', async () => {
    db.close();
    for (const address of ['/', '/assessments/new', '/rounds/r-1', '/no/such/page']) {
      expect(await readAhead(address)).toBeUndefined();
    }
    // Not even opened: these screens read what they need themselves.
    expect(db.isOpen()).toBe(false);
  });
});
