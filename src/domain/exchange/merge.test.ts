import type { Assessment } from '../records';
import { ASSESSMENT_ID, fixtureContent } from './fixture';
import type { ExchangeContent } from './format';
import { planImport } from './merge';
import type { ExistingRecords } from './merge';

const LATER = '2025-05-01T00:00:00.000Z';

/** The device after importing `content`: the same records, stored. */
function storedAfter(content: ExchangeContent): ExistingRecords {
  return {
    agencies: content.agencies,
    rounds: content.rounds,
    assessments: content.assessments,
    questionnaires: content.questionnaires.map(({ id, version }) => ({ id, version })),
  };
}

const empty: ExistingRecords = { agencies: [], rounds: [], assessments: [], questionnaires: [] };

function withAssessment(change: (a: Assessment) => Assessment): ExchangeContent {
  const content = fixtureContent();
  content.assessments = content.assessments.map(change);
  return content;
}

describe('planImport', () => {
  it('adds everything into an empty device', () => {
    const plan = planImport(empty, fixtureContent());
    expect(plan.counts).toEqual({ add: 3, update: 0, skip: 0, conflict: 0 });
    expect(plan.questionnaires.map((q) => q.action)).toEqual(['add']);
    expect(plan.changes).toBe(true);
  });

  it('plans nothing but skips when the same file is imported twice', () => {
    const content = fixtureContent();
    const plan = planImport(storedAfter(content), fixtureContent());
    expect(plan.counts).toEqual({ add: 0, update: 0, skip: 3, conflict: 0 });
    expect(
      [...plan.agencies, ...plan.rounds, ...plan.assessments].map(
        (p) => p.action === 'skip' && p.reason,
      ),
    ).toEqual(['identical', 'identical', 'identical']);
    expect(plan.questionnaires.map((q) => q.action)).toEqual(['skip']);
    expect(plan.changes).toBe(false);
  });

  it('ignores key order when comparing records', () => {
    const reordered = withAssessment(
      (a) => Object.fromEntries(Object.entries(a).reverse()) as unknown as Assessment,
    );
    expect(planImport(storedAfter(fixtureContent()), reordered).assessments[0]?.action).toBe(
      'skip',
    );
  });

  it('updates to a higher revision and skips a lower one as older', () => {
    const stored = storedAfter(fixtureContent());
    const newer = withAssessment((a) => ({ ...a, revision: a.revision + 1, status: 'draft' }));
    const older = withAssessment((a) => ({ ...a, revision: a.revision - 1, answers: {} }));
    expect(planImport(stored, newer).assessments[0]).toMatchObject({
      action: 'update',
      incoming: { revision: 5 },
      existing: { revision: 4 },
    });
    expect(planImport(stored, older).assessments[0]).toMatchObject({
      action: 'skip',
      reason: 'older',
    });
  });

  it('marks the same revision with different content as a conflict, keeping both', () => {
    const stored = storedAfter(fixtureContent());
    const changed = withAssessment((a) => ({
      ...a,
      answers: { ...a.answers, lvl: { at: LATER } },
    }));
    const plan = planImport(stored, changed);
    expect(plan.assessments[0]).toMatchObject({
      action: 'conflict',
      incoming: { id: ASSESSMENT_ID, answers: { lvl: { at: LATER } } },
      existing: { id: ASSESSMENT_ID, answers: { lvl: { note: 'Strategy adopted in 2024' } } },
    });
    expect(plan.counts.conflict).toBe(1);
    expect(plan.changes).toBe(true);
  });

  it('updates agencies and rounds only when the incoming copy is newer', () => {
    const stored = storedAfter(fixtureContent());
    const incoming = fixtureContent();
    incoming.agencies = incoming.agencies.map((a) => ({ ...a, name: 'Renamed', updatedAt: LATER }));
    incoming.rounds = incoming.rounds.map((r) => ({ ...r, name: 'Renamed' }));
    const plan = planImport(stored, incoming);
    expect(plan.agencies[0]).toMatchObject({ action: 'update', incoming: { name: 'Renamed' } });
    expect(plan.rounds[0]).toMatchObject({ action: 'skip', reason: 'older' });
    // Same instant written with another offset is not newer.
    const offset = fixtureContent();
    offset.agencies = offset.agencies.map((a) => ({
      ...a,
      name: 'X',
      updatedAt: '2025-03-01T12:00:00.000+03:00',
    }));
    expect(planImport(stored, offset).agencies[0]).toMatchObject({
      action: 'skip',
      reason: 'older',
    });
  });

  it('lists questionnaire versions that are new to the device', () => {
    const content = fixtureContent();
    const [q] = content.questionnaires;
    if (!q) throw new Error('fixture changed');
    content.questionnaires.push({ ...q, version: '1.1.0' });
    const plan = planImport(storedAfter(fixtureContent()), content);
    expect(plan.questionnaires.map((p) => [p.questionnaire.version, p.action])).toEqual([
      ['1.0.0', 'skip'],
      ['1.1.0', 'add'],
    ]);
    expect(plan.changes).toBe(true);
  });
});
