import { screen, within } from '@testing-library/react';
import { createExchangeFile } from '@/domain/exchange/create';
import { ASSESSMENT_ID, fixtureContent } from '@/domain/exchange/fixture';
import { planImport } from '@/domain/exchange/merge';
import { db } from '@/db/db';
import { applyImport, existingRecordsForPlan } from '@/db/exchange';
import { renderRoute } from '@/test/render';

beforeEach(async () => {
  await db.delete();
  await db.open();
  const plan = planImport(await existingRecordsForPlan(), fixtureContent());
  await applyImport({ plan, fileName: 'seed.json' });
});

async function snapshot() {
  return {
    agencies: await db.agencies.toArray(),
    rounds: await db.rounds.toArray(),
    assessments: await db.assessments.toArray(),
    questionnaires: await db.questionnaires.count(),
  };
}

/** One file with a row of every kind: update (agency), skip (round), conflict, add. */
async function mixedFile(): Promise<File> {
  const content = fixtureContent();
  const [agency] = content.agencies;
  const [assessment] = content.assessments;
  if (!agency || !assessment) throw new Error('fixture');
  agency.name = '<script>alert(1)</script> Ministry';
  agency.updatedAt = '2025-04-01T00:00:00.000Z';
  const added = { ...assessment, id: '9b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' };
  assessment.respondent = { name: 'Someone else', role: 'other' };
  content.assessments.push(added);
  const text = await createExchangeFile(content, {
    kind: 'exchange',
    appVersion: 'test',
    now: '2025-04-02T00:00:00.000Z',
  });
  return new File([text], 'from-agency.json', { type: 'application/json' });
}

it('previews every kind of row and writes nothing before the import is confirmed', async () => {
  const before = await snapshot();
  const { user } = renderRoute('/exchange/import');
  await user.upload(await screen.findByLabelText('Choose files'), await mixedFile());
  const card = await screen.findByRole('listitem', { name: 'from-agency.json' });
  await within(card).findByText(/To add: 1 · to update: 1 · unchanged: 1 · in conflict: 1/);
  // The hostile name is shown as text, never as markup.
  expect(within(card).getAllByText(/<script>alert\(1\)<\/script> Ministry/).length).toBeGreaterThan(
    0,
  );
  expect(document.querySelector('script')).toBeNull();
  expect(within(card).getByRole('group', { name: /changed both/ })).toBeInTheDocument();
  await user.click(within(card).getByLabelText('Keep mine'));
  expect(await snapshot()).toEqual(before);

  await user.click(screen.getByRole('button', { name: 'Import 1 file' }));
  await screen.findByText(/Imported\. Added: 1, updated: 1/);
  const stored = await db.assessments.toArray();
  expect(stored).toHaveLength(2);
  expect(stored.find((a) => a.id === ASSESSMENT_ID)?.respondent.name).toBe('Айгүл Асанова');
});

it('lists the problems of a bad file in the person’s language, and writes nothing', async () => {
  const before = await snapshot();
  const { user } = renderRoute('/exchange/import', { locale: 'ru' });
  const bad = new File(['{"format": "egov-readiness-exchange", '], 'broken.json');
  await user.upload(await screen.findByLabelText('Выбрать файлы'), bad);
  const card = await screen.findByRole('listitem', { name: 'broken.json' });
  await within(card).findByText(/Файл обрывается слишком рано/);
  expect(screen.queryByRole('button', { name: /Импортировать/ })).toBeNull();
  expect(await snapshot()).toEqual(before);
});
