/**
 * A database exactly as schema version 1 left it on people's devices, built with the raw
 * IndexedDB API (not with Dexie, so a later edit of `db.ts` cannot change the fixture), is
 * opened by the app's database (now version 2) and read back record by record, unchanged.
 */
import { ASSESSMENT_ID, fixtureAction, fixtureContent } from '../domain/exchange/fixture';
import { DATABASE_NAME, db } from './db';

// Frozen: the stores and indexes `db.version(1)` declares. Dexie stores version n as n × 10.
const V1 = {
  version: 10,
  stores: [
    { name: 'agencies', keyPath: 'id', indexes: ['name', 'kind', 'parentId'] },
    { name: 'rounds', keyPath: 'id', indexes: ['name'] },
    {
      name: 'assessments',
      keyPath: 'id',
      indexes: ['agencyId', 'roundId', 'status', 'updatedAt', ['agencyId', 'roundId']],
    },
    { name: 'questionnaires', keyPath: ['id', 'version'], indexes: ['id'] },
    { name: 'places', keyPath: 'assessmentId', indexes: [] },
    { name: 'settings', keyPath: 'key', indexes: [] },
  ],
} as const;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

async function createV1(records: Record<string, unknown[]>): Promise<void> {
  const open = indexedDB.open(DATABASE_NAME, V1.version);
  open.onupgradeneeded = () => {
    for (const store of V1.stores) {
      const created = open.result.createObjectStore(store.name, {
        keyPath: store.keyPath as string | string[],
      });
      for (const index of store.indexes) {
        const name = typeof index === 'string' ? index : `[${index.join('+')}]`;
        created.createIndex(name, index as string | string[]);
      }
    }
  };
  const raw = await request(open);
  const tx = raw.transaction(Object.keys(records), 'readwrite');
  for (const [store, list] of Object.entries(records)) {
    for (const record of list) tx.objectStore(store).put(record);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  raw.close();
}

beforeEach(async () => {
  db.close();
  await request(indexedDB.deleteDatabase(DATABASE_NAME));
});

afterAll(async () => {
  await db.open();
});

it('opens a version-1 database and reads every record back unchanged', async () => {
  const content = fixtureContent();
  const questionnaire = content.questionnaires[0];
  if (!questionnaire) throw new Error('fixture');
  const records = {
    agencies: content.agencies,
    rounds: content.rounds,
    assessments: content.assessments,
    questionnaires: [
      {
        id: questionnaire.id,
        version: questionnaire.version,
        kind: questionnaire.kind,
        source: 'user',
        addedAt: '2025-01-01T00:00:00.000Z',
        content: questionnaire,
      },
    ],
    places: [
      { assessmentId: ASSESSMENT_ID, step: 2, itemId: 'lvl', at: '2025-03-01T09:00:00.000Z' },
    ],
    settings: [{ key: 'persistence', value: 'granted' }],
  };
  await createV1(records);

  await db.open();
  expect(await db.agencies.toArray()).toEqual(records.agencies);
  expect(await db.rounds.toArray()).toEqual(records.rounds);
  expect(await db.assessments.toArray()).toEqual(records.assessments);
  expect(await db.questionnaires.toArray()).toEqual(records.questionnaires);
  expect(await db.places.toArray()).toEqual(records.places);
  expect(await db.settings.toArray()).toEqual(records.settings);
  // The indexes work on the old data.
  const agencyId = content.agencies[0]?.id ?? '';
  const roundId = content.rounds[0]?.id ?? '';
  expect(await db.assessments.where({ agencyId, roundId }).count()).toBe(1);
  expect(await db.questionnaires.where('id').equals(questionnaire.id).count()).toBe(1);

  // Version 2 added the actions table, empty and indexed by agency and round, beside them.
  expect(db.verno).toBe(2);
  expect(await db.actions.count()).toBe(0);
  const action = { ...fixtureAction(), agencyId, roundId };
  await db.actions.add(action);
  expect(await db.actions.where({ agencyId, roundId }).toArray()).toEqual([action]);
  expect(await db.assessments.toArray()).toEqual(records.assessments);
});
