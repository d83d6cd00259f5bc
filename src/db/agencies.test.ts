import { addAgency, listAgencies, type NewAgency } from './agencies';
import { db } from './db';
import { RepositoryError } from './errors';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('addAgency', () => {
  it('stores a trimmed agency with a new id and times from the clock', async () => {
    const agency = await addAgency(
      { name: '  Ministry of Finance ', shortName: ' MoF ', kind: 'ministry' },
      () => '2025-02-01T10:00:00.000Z',
    );
    expect(agency).toMatchObject({
      name: 'Ministry of Finance',
      shortName: 'MoF',
      kind: 'ministry',
      createdAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    });
    expect(agency.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(agency).not.toHaveProperty('parentId');
    expect(await db.agencies.get(agency.id)).toEqual(agency);
  });

  it('links a child to an existing parent', async () => {
    const parent = await addAgency({ name: 'Ministry', shortName: 'M', kind: 'ministry' });
    const child = await addAgency({
      name: 'Service agency',
      shortName: 'SA',
      kind: 'agency',
      parentId: parent.id,
    });
    expect(child.parentId).toBe(parent.id);
  });

  it.each([
    [{ name: 'A', shortName: 'A', kind: 'ministry' }, 'name'],
    [{ name: 'x'.repeat(201), shortName: 'A', kind: 'ministry' }, 'name'],
    [{ name: 'Agency', shortName: '   ', kind: 'ministry' }, 'shortName'],
    [{ name: 'Agency', shortName: 'x'.repeat(31), kind: 'ministry' }, 'shortName'],
    [{ name: 'Agency', shortName: 'A', kind: 'department' }, 'kind'],
  ] as const)('rejects %o on %s', async (input, field) => {
    // Screens may hand over unchecked form values; the repository is the last guard.
    const error = await addAgency(input as unknown as NewAgency).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error).toMatchObject({ code: 'invalid', field });
    expect(await db.agencies.count()).toBe(0);
  });

  it('rejects an unknown parent', async () => {
    await expect(
      addAgency({ name: 'Agency', shortName: 'A', kind: 'agency', parentId: 'nope' }),
    ).rejects.toMatchObject({ code: 'notFound', field: 'parentId' });
    expect(await db.agencies.count()).toBe(0);
  });
});

describe('listAgencies', () => {
  it('sorts by name, Cyrillic included', async () => {
    for (const name of ['Министерство юстиции', 'Agency B', 'agency a', 'Госкомитет']) {
      await addAgency({ name, shortName: name.slice(0, 3), kind: 'other' });
    }
    const names = (await listAgencies()).map((a) => a.name);
    // Whether Cyrillic or Latin comes first depends on the collation; within each, alphabetical.
    expect(names.filter((n) => /^[a-z]/i.test(n))).toEqual(['agency a', 'Agency B']);
    expect(names.filter((n) => !/^[a-z]/i.test(n))).toEqual(['Госкомитет', 'Министерство юстиции']);
  });
});
