import { submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { savePlace } from '@/db/places';
import { privacySettingsQuery } from '@/db/privacy';
import { roundViewQuery } from '@/db/round-queries';
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

  it('starts the queries of a round’s screen, which then finds their results at hand', async () => {
    const { round } = await seedDraft();
    expect(await readAhead(`/rounds/${round.id}`)).toBeUndefined();
    const query = roundViewQuery(round.id);
    expect(query.hasValue()).toBe(true);
    expect(query.getValue()?.round.id).toBe(round.id);
    expect(query.getValue()?.rows).toHaveLength(1);
    expect(privacySettingsQuery().getValue()).toEqual({ hideNames: false, threshold: 3 });
  });

  it('reads the module a round’s address names, except on the presentation (core only)', async () => {
    const { round } = await seedDraft();
    await readAhead(`/rounds/${round.id}/compare`, '?q=ict-disaster-risk&x=1');
    expect(roundViewQuery(round.id, 'ict-disaster-risk').hasValue()).toBe(true);
    await readAhead(`/rounds/${round.id}/present`, '?q=ict-disaster-risk');
    expect(roundViewQuery(round.id).hasValue()).toBe(true);
  });

  it('reads nothing for addresses that are not one assessment or round', async () => {
    db.close();
    for (const address of ['/', '/assessments/new', '/rounds', '/trends', '/no/such/page']) {
      expect(await readAhead(address)).toBeUndefined();
    }
    // Not even opened: these screens read what they need themselves.
    expect(db.isOpen()).toBe(false);
  });
});
