import { resetDatabase, seedQuestionnaire } from '@/test/seed';
import { db } from './db';
import { readQuestionnaire } from './questionnaire-contents';

beforeEach(resetDatabase);

describe('readQuestionnaire', () => {
  it('reads a stored questionnaire once, then answers from memory', async () => {
    const questionnaire = await seedQuestionnaire();
    const ref = { id: questionnaire.id, version: questionnaire.version };
    const get = vi.spyOn(db.questionnaires, 'get');

    const first = await readQuestionnaire(ref);
    const second = await readQuestionnaire(ref);

    expect(first).toEqual(questionnaire);
    expect(second).toBe(first);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('is undefined for a questionnaire not stored, and finds it once it is', async () => {
    const ref = { id: 'core', version: '1.0.0' };
    expect(await readQuestionnaire(ref)).toBeUndefined();
    const questionnaire = await seedQuestionnaire();
    expect(questionnaire).toMatchObject(ref);
    expect(await readQuestionnaire(ref)).toEqual(questionnaire);
  });

  it('forgets what it read when the database is opened afresh', async () => {
    const before = await seedQuestionnaire();
    const ref = { id: before.id, version: before.version };
    await readQuestionnaire(ref);

    await resetDatabase();
    const after = await seedQuestionnaire((f) => {
      f.q.title = { en: 'Another title', ru: 'Другое название' };
    });

    expect(after.id).toBe(before.id);
    expect((await readQuestionnaire(ref))?.title).toEqual(after.title);
    expect(after.title).not.toEqual(before.title);
  });
});
