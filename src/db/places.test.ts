import { db } from './db';
import { getPlace, savePlace } from './places';
import { seedDraft } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('places', () => {
  it('remembers and replaces the place per assessment', async () => {
    const { assessment } = await seedDraft();
    expect(await getPlace(assessment.id)).toBeUndefined();
    await savePlace(assessment.id, 1, undefined, () => '2025-01-01T00:00:00.000Z');
    expect(await getPlace(assessment.id)).toEqual({
      assessmentId: assessment.id,
      step: 1,
      at: '2025-01-01T00:00:00.000Z',
    });
    await savePlace(assessment.id, 2, 'services.1', () => '2025-01-01T00:01:00.000Z');
    expect(await getPlace(assessment.id)).toEqual({
      assessmentId: assessment.id,
      step: 2,
      itemId: 'services.1',
      at: '2025-01-01T00:01:00.000Z',
    });
  });

  it('rejects bad steps and unknown assessments', async () => {
    const { assessment } = await seedDraft();
    await expect(savePlace(assessment.id, -1)).rejects.toMatchObject({
      code: 'invalid',
      field: 'step',
    });
    await expect(savePlace(assessment.id, 1.5)).rejects.toMatchObject({ code: 'invalid' });
    await expect(savePlace(assessment.id, 0, '')).rejects.toMatchObject({ field: 'itemId' });
    await expect(savePlace('nope', 0)).rejects.toMatchObject({ code: 'notFound' });
    expect(await db.places.count()).toBe(0);
  });
});
