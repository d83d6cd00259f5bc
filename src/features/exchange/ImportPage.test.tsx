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

/** `count` files of one new agency and assessment each, like a coordinator's batch. */
async function agencyFiles(count: number): Promise<File[]> {
  const files: File[] = [];
  for (let n = 0; n < count; n++) {
    const content = fixtureContent();
    const [agency] = content.agencies;
    const [assessment] = content.assessments;
    if (!agency || !assessment) throw new Error('fixture');
    const hex = n.toString(16).padStart(12, '0');
    agency.id = `aa000000-0000-4000-8000-${hex}`;
    agency.name = `Agency ${n}`;
    assessment.id = `bb000000-0000-4000-8000-${hex}`;
    assessment.agencyId = agency.id;
    const text = await createExchangeFile(content, {
      kind: 'exchange',
      appVersion: 'test',
      now: '2025-04-02T00:00:00.000Z',
    });
    files.push(new File([text], `agency-${n}.json`, { type: 'application/json' }));
  }
  return files;
}

it('sums up a large batch, shows the files needing attention first and the rest on request', async () => {
  const { user } = renderRoute('/exchange/import');
  const bad = new File(['{"format": "egov-readiness-exchange", '], 'broken.json');
  await user.upload(await screen.findByLabelText('Choose files'), [
    ...(await agencyFiles(24)),
    bad,
  ]);
  const status = await screen.findByText('Files picked: 25.');
  expect(status.closest('[role="status"]')).not.toBeNull();
  await screen.findByText(
    'Ready to import: 24 · with problems: 1 · need a passphrase: 0 · still being checked: 0',
  );
  // In all, each file adds its agency and assessment; the round is on the device already.
  expect(
    screen.getByText('To add: 48 · to update: 0 · unchanged: 24 · in conflict: 0'),
  ).toBeInTheDocument();
  // The broken file is listed in full; the 24 quiet ones are not rendered yet.
  const broken = screen.getByRole('listitem', { name: 'broken.json' });
  expect(within(broken).getByText(/The file ends too early/)).toBeInTheDocument();
  expect(screen.queryByRole('listitem', { name: 'agency-0.json' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Show 24 more of them (24 not shown yet)' }));
  expect(await screen.findByRole('listitem', { name: 'agency-23.json' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Import 24 files' }));
  await screen.findByText(/Imported\. Added: 48/);
  expect(await db.assessments.count()).toBe(25);
});

it('lists a long plan a page at a time, conflicts first', async () => {
  const content = fixtureContent();
  const [assessment] = content.assessments;
  if (!assessment) throw new Error('fixture');
  // Same id and revision as the stored one, other content: a conflict, listed last in the file.
  const conflict = { ...assessment, respondent: { name: 'Someone else', role: 'other' as const } };
  content.assessments = Array.from({ length: 40 }, (_, n) => ({
    ...assessment,
    id: `cc000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  }));
  content.assessments.push(conflict);
  const text = await createExchangeFile(content, {
    kind: 'exchange',
    appVersion: 'test',
    now: '2025-04-02T00:00:00.000Z',
  });
  const { user } = renderRoute('/exchange/import');
  await user.upload(
    await screen.findByLabelText('Choose files'),
    new File([text], 'many.json', { type: 'application/json' }),
  );
  const card = await screen.findByRole('listitem', { name: 'many.json' });
  const rows = () => card.querySelectorAll('.plan-row');
  await within(card).findByText(/in conflict: 1/);
  expect(rows()).toHaveLength(30);
  expect(rows()[0]?.className).toContain('plan-row--conflict');
  await user.click(
    within(card).getByRole('button', { name: 'Show 13 more rows (13 not shown yet)' }),
  );
  expect(rows()).toHaveLength(43);
  expect(within(card).queryByRole('button', { name: /more rows/ })).toBeNull();
});

it('on a full disk says so in the person’s language, and leaves the stored data as it was', async () => {
  const before = await snapshot();
  // The browser refuses the assessments after the agency was already put in the transaction.
  vi.spyOn(db.assessments, 'bulkPut').mockRejectedValue(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  );
  const { user } = renderRoute('/exchange/import');
  await user.upload(await screen.findByLabelText('Choose files'), await mixedFile());
  await screen.findByRole('listitem', { name: 'from-agency.json' });
  await user.click(await screen.findByRole('button', { name: 'Import 1 file' }));
  expect(
    await screen.findByText(
      /The browser has no room left to store the data, so nothing was written/,
    ),
  ).toBeInTheDocument();
  expect(await snapshot()).toEqual(before);
});
