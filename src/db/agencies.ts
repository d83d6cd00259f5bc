import { AGENCY_KINDS, type Agency, type AgencyKind } from '../domain/records';
import { type Clock, systemClock } from './clock';
import { db } from './db';
import { RepositoryError } from './errors';
import { writeTransaction } from './transaction';
import { requireOneOf, requireText } from './validate';

export interface NewAgency {
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId?: string;
}

export async function addAgency(input: NewAgency, now: Clock = systemClock): Promise<Agency> {
  const name = requireText(input.name, 'name', 2, 200);
  const shortName = requireText(input.shortName, 'shortName', 1, 30);
  const kind = requireOneOf(input.kind, AGENCY_KINDS, 'kind');
  const parentId =
    input.parentId === undefined ? undefined : requireText(input.parentId, 'parentId', 1, 100);

  return writeTransaction([db.agencies], async () => {
    if (parentId !== undefined && !(await db.agencies.get(parentId))) {
      throw new RepositoryError('notFound', `parent agency ${parentId} does not exist`, 'parentId');
    }
    const at = now();
    const agency: Agency = {
      id: crypto.randomUUID(),
      name,
      shortName,
      kind,
      ...(parentId === undefined ? {} : { parentId }),
      createdAt: at,
      updatedAt: at,
    };
    await db.agencies.add(agency);
    return agency;
  });
}

// Names are Kyrgyz, Russian or English; IndexedDB's code-unit order would misplace Cyrillic.
const collator = new Intl.Collator(['ky', 'ru', 'en'], { sensitivity: 'base', numeric: true });

export async function listAgencies(): Promise<Agency[]> {
  const agencies = await db.agencies.toArray();
  return agencies.sort((a, b) => collator.compare(a.name, b.name));
}
