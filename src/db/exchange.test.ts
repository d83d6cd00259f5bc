import { createExchangeFile } from '../domain/exchange/create';
import { fixtureContent, ASSESSMENT_ID } from '../domain/exchange/fixture';
import { planImport } from '../domain/exchange/merge';
import { readExchangeFile } from '../domain/exchange/read';
import { db } from './db';
import { RepositoryError } from './errors';
import {
  applyImport,
  existingRecordsForPlan,
  gatherForExport,
  importOrigin,
  knownRecordsForRead,
  lastExportAt,
  recordExport,
} from './exchange';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function snapshot() {
  return {
    agencies: await db.agencies.toArray(),
    rounds: await db.rounds.toArray(),
    assessments: await db.assessments.toArray(),
    questionnaires: await db.questionnaires.toArray(),
    settings: await db.settings.toArray(),
  };
}

async function importContent(content = fixtureContent(), choices = {}) {
  const plan = planImport(await existingRecordsForPlan(), content);
  return { plan, summary: await applyImport({ plan, fileName: 'a.json' }, choices) };
}

describe('applyImport', () => {
  it('adds everything into an empty database, and a second import changes nothing', async () => {
    const first = await importContent();
    expect(first.summary).toMatchObject({ added: 3, questionnairesAdded: 1 });
    const before = await snapshot();
    const second = await importContent();
    expect(second.plan.changes).toBe(false);
    expect(second.summary).toMatchObject({ added: 0, updated: 0, skipped: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('updates a newer revision', async () => {
    await importContent();
    const newer = fixtureContent();
    const [assessment] = newer.assessments;
    if (!assessment) throw new Error('fixture');
    assessment.revision += 1;
    assessment.respondent = { name: 'New', role: 'leadership' };
    const { summary } = await importContent(newer);
    expect(summary.updated).toBe(1);
    expect((await db.assessments.get(ASSESSMENT_ID))?.respondent.name).toBe('New');
  });

  function conflicting() {
    const content = fixtureContent();
    const [assessment] = content.assessments;
    if (!assessment) throw new Error('fixture');
    assessment.respondent = { name: 'Theirs', role: 'other' };
    return content;
  }

  it('keeps both copies of a conflict, once, with a note of origin', async () => {
    await importContent();
    const { plan, summary } = await importContent(conflicting());
    expect(plan.counts.conflict).toBe(1);
    expect(summary.keptBoth).toBe(1);
    const all = await db.assessments.toArray();
    expect(all).toHaveLength(2);
    const copy = all.find((a) => a.id !== ASSESSMENT_ID);
    expect(copy?.respondent.name).toBe('Theirs');
    expect(await importOrigin(copy?.id ?? '')).toMatchObject({
      originalId: ASSESSMENT_ID,
      fileName: 'a.json',
    });
    const before = await snapshot();
    await importContent(conflicting());
    expect(await snapshot()).toEqual(before);
  });

  it('takes theirs or keeps mine as chosen', async () => {
    await importContent();
    await importContent(conflicting(), { [ASSESSMENT_ID]: 'keepMine' });
    expect((await db.assessments.toArray()).map((a) => a.respondent.name)).toEqual([
      'Айгүл Асанова',
    ]);
    await importContent(conflicting(), { [ASSESSMENT_ID]: 'takeTheirs' });
    expect((await db.assessments.toArray()).map((a) => a.respondent.name)).toEqual(['Theirs']);
  });

  it('writes nothing when a write fails midway, and names a full disk', async () => {
    await recordExport(() => '2025-01-01T00:00:00.000Z');
    const before = await snapshot();
    const spy = vi.spyOn(db.assessments, 'bulkPut').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const plan = planImport(await existingRecordsForPlan(), fixtureContent());
    await expect(applyImport({ plan, fileName: 'a.json' })).rejects.toEqual(
      expect.objectContaining({ code: 'quotaExceeded' }),
    );
    await expect(applyImport({ plan, fileName: 'a.json' })).rejects.toBeInstanceOf(RepositoryError);
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
  });
});

describe('gatherForExport', () => {
  it('gathers one assessment with its agency, round and questionnaire, readable again', async () => {
    await importContent();
    const content = await gatherForExport({ assessmentId: ASSESSMENT_ID });
    expect(content.assessments).toHaveLength(1);
    expect(content.agencies).toHaveLength(1);
    expect(content.rounds).toHaveLength(1);
    expect(content.questionnaires).toHaveLength(1);
    const text = await createExchangeFile(content, {
      kind: 'exchange',
      appVersion: 'test',
      now: '2025-04-01T00:00:00.000Z',
    });
    const read = await readExchangeFile(text, await knownRecordsForRead());
    expect(read.ok).toBe(true);
  });

  it('gathers by agency, by round and everything; refuses an unknown id', async () => {
    await importContent();
    const { agencies, rounds } = fixtureContent();
    const agencyId = agencies[0]?.id ?? '';
    const roundId = rounds[0]?.id ?? '';
    expect((await gatherForExport({ agencyId })).assessments).toHaveLength(1);
    expect((await gatherForExport({ roundId })).assessments).toHaveLength(1);
    expect((await gatherForExport('everything')).questionnaires).toHaveLength(1);
    await expect(gatherForExport({ roundId: 'nope' })).rejects.toBeInstanceOf(RepositoryError);
  });
});

it('remembers the last export', async () => {
  expect(await lastExportAt()).toBeUndefined();
  await recordExport(() => '2025-05-01T00:00:00.000Z');
  expect(await lastExportAt()).toBe('2025-05-01T00:00:00.000Z');
});
