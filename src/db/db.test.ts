import { db, DATABASE_NAME } from './db';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('db', () => {
  it('opens version 2 with the tables and indexes the repositories rely on', () => {
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.verno).toBe(2);
    const indexes = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]),
    );
    expect(indexes).toEqual({
      agencies: ['id', 'name', 'kind', 'parentId'],
      rounds: ['id', 'name'],
      assessments: ['id', 'agencyId', 'roundId', 'status', 'updatedAt', '[agencyId+roundId]'],
      questionnaires: ['[id+version]', 'id'],
      places: ['assessmentId'],
      settings: ['key'],
      actions: ['id', 'agencyId', 'roundId', '[agencyId+roundId]'],
    });
  });
});
