import { loadTrendScreen } from './compare-queries';
import { db } from './db';
import { loadDemoData } from './demo';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('loadTrendScreen', () => {
  it('gives the trend with the agencies and both questionnaires of the rounds', async () => {
    await loadDemoData();
    const rounds = await db.rounds.toArray();
    const [baseline, followUp] = [...rounds].sort((a, b) =>
      a.period.start.localeCompare(b.period.start),
    );
    if (!baseline || !followUp) throw new Error('the demo data has two rounds');
    const screen = await loadTrendScreen(baseline.id, followUp.id);
    expect(screen?.trend.earlier.id).toBe(baseline.id);
    expect(screen?.trend.later.id).toBe(followUp.id);
    expect(screen?.agencies.size).toBe(await db.agencies.count());
    for (const t of screen?.trend.agencies ?? [])
      expect(screen?.agencies.has(t.agencyId)).toBe(true);
    expect(screen?.earlierQuestionnaire.id).toBe('egov-readiness-core');
    expect(screen?.laterQuestionnaire.version).toBe(followUp.questionnaires[0]?.version);
  }, 30000);

  it('is null when either round is not stored', async () => {
    await loadDemoData();
    const round = await db.rounds.toCollection().first();
    expect(await loadTrendScreen(round?.id ?? '', 'no-such-round')).toBeNull();
    expect(await loadTrendScreen('no-such-round', round?.id ?? '')).toBeNull();
  }, 30000);
});
