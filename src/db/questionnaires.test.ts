import { db } from './db';
import {
  compareVersions,
  ensureShippedQuestionnaires,
  getQuestionnaire,
  listQuestionnaires,
  type ShippedEntry,
  storeQuestionnaire,
} from './questionnaires';
import { makeQuestionnaire } from './test-fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('storeQuestionnaire', () => {
  it('stores once per id and version and keeps the first copy', async () => {
    const first = await storeQuestionnaire(
      makeQuestionnaire(),
      'user',
      () => '2025-01-01T00:00:00.000Z',
    );
    expect(first).toMatchObject({ id: 'core', version: '1.0.0', kind: 'core', source: 'user' });

    const changed = { ...makeQuestionnaire(), title: { en: 'Changed' } };
    const second = await storeQuestionnaire(changed, 'shipped');
    expect(second).toEqual(first);
    expect(await db.questionnaires.count()).toBe(1);
    expect((await getQuestionnaire({ id: 'core', version: '1.0.0' }))?.content.title).toEqual({
      en: 'Questionnaire core',
    });
    expect(await getQuestionnaire({ id: 'core', version: '2.0.0' })).toBeUndefined();
  });

  it('lists by id with the newest version first', async () => {
    for (const [id, version] of [
      ['core', '1.9.0'],
      ['cyber', '1.0.0'],
      ['core', '1.10.0'],
    ]) {
      await storeQuestionnaire(makeQuestionnaire(id, version), 'user');
    }
    expect((await listQuestionnaires()).map((q) => `${q.id}@${q.version}`)).toEqual([
      'core@1.10.0',
      'core@1.9.0',
      'cyber@1.0.0',
    ]);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
  });
});

describe('ensureShippedQuestionnaires', () => {
  function entry(id: string, version: string, content: unknown = makeQuestionnaire(id, version)) {
    const load = vi.fn(() => Promise.resolve(content));
    return { id, version, load } satisfies ShippedEntry;
  }

  it('stores each shipped questionnaire once, loading it only when missing', async () => {
    const shipped = [entry('core', '1.0.0'), entry('cyber', '0.1.0')];
    const first = await ensureShippedQuestionnaires(shipped);
    expect(first).toEqual({
      stored: [
        { id: 'core', version: '1.0.0' },
        { id: 'cyber', version: '0.1.0' },
      ],
      skipped: [],
    });
    const stored = await listQuestionnaires();
    expect(stored.map((q) => q.source)).toEqual(['shipped', 'shipped']);

    const second = await ensureShippedQuestionnaires(shipped);
    expect(second).toEqual({ stored: [], skipped: [] });
    expect(shipped[0]?.load).toHaveBeenCalledTimes(1);
    expect(await listQuestionnaires()).toEqual(stored);
  });

  it('skips entries whose file does not match or does not load, and stores the rest', async () => {
    const shipped = [
      entry('core', '1.0.0', makeQuestionnaire('core', '1.0.1')),
      { id: 'broken', version: '1.0.0', load: () => Promise.reject(new Error('offline')) },
      entry('cyber', '0.1.0'),
    ];
    const result = await ensureShippedQuestionnaires(shipped);
    expect(result.stored).toEqual([{ id: 'cyber', version: '0.1.0' }]);
    expect(result.skipped).toEqual([
      { ref: { id: 'core', version: '1.0.0' }, reason: 'mismatch' },
      { ref: { id: 'broken', version: '1.0.0' }, reason: 'loadFailed' },
    ]);
    expect(await db.questionnaires.count()).toBe(1);
  });

  it('keeps a questionnaire the person added before it shipped', async () => {
    await storeQuestionnaire(makeQuestionnaire('core', '1.0.0'), 'user');
    const shipped = [entry('core', '1.0.0')];
    await ensureShippedQuestionnaires(shipped);
    expect(shipped[0]?.load).not.toHaveBeenCalled();
    expect((await getQuestionnaire({ id: 'core', version: '1.0.0' }))?.source).toBe('user');
  });
});
