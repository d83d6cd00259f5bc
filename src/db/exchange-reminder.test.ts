import { fixtureContent } from '../domain/exchange/fixture';
import { db } from './db';
import { recordExport } from './exchange';
import { backupReminder } from './exchange-reminder';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string, days = 0) => new Date(Date.parse(iso) + days * DAY);

it('reminds after 14 days without an export, only when own assessments exist', async () => {
  const created = '2025-03-01T09:00:00.000Z';
  expect(await backupReminder(at(created, 30))).toBeNull();
  const [assessment] = fixtureContent().assessments;
  if (!assessment) throw new Error('fixture');
  await db.assessments.put({ ...assessment, demo: true });
  expect(await backupReminder(at(created, 30))).toBeNull();
  await db.assessments.put({ ...assessment, demo: undefined });
  expect(await backupReminder(at(created, 13))).toBeNull();
  expect(await backupReminder(at(created, 14))).toEqual({ days: null });
  await recordExport(() => '2025-04-01T00:00:00.000Z');
  expect(await backupReminder(at('2025-04-01T00:00:00.000Z', 13))).toBeNull();
  expect(await backupReminder(at('2025-04-01T00:00:00.000Z', 20))).toEqual({ days: 20 });
});
