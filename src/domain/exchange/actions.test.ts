import type { Action } from '../records';
import { envelopeText } from './corpus-build';
import { createExchangeFile } from './create';
import { ACTION_ID, fixtureAction, fixtureContent, ROUND_ID } from './fixture';
import type { ExchangeContent } from './format';
import { planImport } from './merge';
import { readExchangeFile } from './read';

const options = { kind: 'exchange', appVersion: '0.1.0', now: '2025-04-01T08:00:00.000Z' } as const;

function withActions(...actions: Action[]): ExchangeContent {
  return { ...fixtureContent(), actions };
}

async function read(text: string, known = {}) {
  const result = await readExchangeFile(text, known);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

async function problems(content: unknown, known = {}): Promise<string[]> {
  const result = await readExchangeFile(await envelopeText(content, { formatVersion: 2 }), known);
  return result.ok ? [] : result.problems.map((p) => `${p.code} @ ${p.path.join('.')}`);
}

describe('actions in exchange files', () => {
  it('travel in format version 2 and come back as they were', async () => {
    const content = withActions(fixtureAction());
    const text = await createExchangeFile(content, options);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2 });
    const { meta, ...back } = await read(text);
    expect(back).toEqual(content);
    expect(meta.formatVersion).toBe(2);
  });

  it('leave a file without actions in version 1, which apps not yet updated read', async () => {
    const text = await createExchangeFile(fixtureContent(), options);
    const file = JSON.parse(text) as { formatVersion: number; content: object };
    expect(file.formatVersion).toBe(1);
    expect(Object.keys(file.content)).not.toContain('actions');
    // A file made before action plans existed reads, with no actions.
    const before = await read(await envelopeText(fixtureContent()));
    expect(before.actions).toBeUndefined();
    expect(before.assessments).toHaveLength(1);
  });

  it('mark every encrypted file version 2, so the envelope tells nothing of its content', async () => {
    const text = await createExchangeFile(fixtureContent(), {
      ...options,
      passphrase: 'Ала-Тоо 2025',
      iterations: 1000,
      testOnlyAllowWeakKdf: true,
    });
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2 });
  });

  it('must belong to an agency and a round in the file or on the device', async () => {
    const stray = { ...fixtureAction(), agencyId: 'nowhere', roundId: 'never' };
    expect(await problems(withActions(stray))).toEqual([
      'unknownAgency @ actions.0.agencyId',
      'unknownRound @ actions.0.roundId',
    ]);
    // Known on the device: accepted without the records in the file.
    const bare = { ...fixtureContent(), agencies: [], assessments: [], actions: [stray] };
    expect(await problems(bare, { knownAgencyIds: ['nowhere'], knownRoundIds: ['never'] })).toEqual(
      [],
    );
  });

  it('name a dimension the questionnaire does not have, and a repeated id', async () => {
    const other = { ...fixtureAction(), dimensionId: 'nonsense' };
    expect(await problems(withActions(fixtureAction(), { ...other, id: ACTION_ID }))).toEqual([
      'duplicateRecord @ actions.1',
      'unknownDimension @ actions.1.dimensionId',
    ]);
  });

  it('are checked field by field, naming the place', async () => {
    const bad = {
      ...fixtureAction(),
      what: ' ',
      due: '2025-13-01',
      status: 'finished',
      revision: -1,
    };
    expect(await problems(withActions(bad as unknown as Action))).toEqual([
      'invalid @ actions.0.what',
      'invalid @ actions.0.due',
      'invalidValue @ actions.0.status',
      'tooSmall @ actions.0.revision',
    ]);
  });
});

describe('planImport with actions', () => {
  const existing = (actions: Action[]) => ({
    ...fixtureContent(),
    questionnaires: [{ id: 'core', version: '1.0.0' }],
    actions,
  });

  it('adds a new action, updates a higher revision and skips an older or identical one', () => {
    const stored = fixtureAction();
    const newer = { ...stored, status: 'done' as const, revision: 2 };
    const older = { ...stored, revision: 0 };
    expect(planImport(existing([]), withActions(stored)).actions[0]?.action).toBe('add');
    expect(planImport(existing([stored]), withActions(newer)).actions[0]?.action).toBe('update');
    expect(planImport(existing([stored]), withActions(older)).actions[0]).toMatchObject({
      action: 'skip',
      reason: 'older',
    });
    const same = planImport(existing([stored]), withActions(fixtureAction()));
    expect(same.actions[0]).toMatchObject({ action: 'skip', reason: 'identical' });
    expect(same.counts).toEqual({ add: 0, update: 0, skip: 4, conflict: 0 });
    expect(same.changes).toBe(false);
  });

  it('sees a conflict when both copies changed to the same revision', () => {
    const mine = { ...fixtureAction(), status: 'inProgress' as const, revision: 2 };
    const theirs = { ...fixtureAction(), status: 'dropped' as const, revision: 2 };
    const plan = planImport(existing([mine]), withActions(theirs));
    expect(plan.actions).toEqual([{ action: 'conflict', incoming: theirs, existing: mine }]);
    expect(plan.counts.conflict).toBe(1);
    expect(plan.changes).toBe(true);
  });

  it('plans no actions for a file without them', () => {
    const plan = planImport(existing([fixtureAction()]), fixtureContent());
    expect(plan.actions).toEqual([]);
    expect(ROUND_ID).toBe(fixtureAction().roundId);
  });
});
