import { screen, waitFor, within } from '@testing-library/react';
import { addAction, updateAction } from '@/db/actions';
import { startAssessment, submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { addRound } from '@/db/rounds';
import { renderRoute } from '@/test/render';
import { answerDirectly, resetDatabase, seedSubmitted, value } from '@/test/seed';

beforeEach(resetDatabase);

/**
 * Strategy scores (0.75 + 1 + 0 + 1 + 0.5) / 5 = 0.65 against a target of 0.7: gap 5.
 * Services scores 0.5 (partly) against 0.6: gap 10. Both are listed in the plan.
 */
async function openResults() {
  const seeded = await seedSubmitted(
    {
      lvl: value(4),
      ypn: value('yes'),
      pct: value(40),
      cho: value('unit'),
      num: value(10),
      'follow-up': value('partial'),
    },
    { targets: { strategy: 0.7, services: 0.6 } },
  );
  const rendered = renderRoute(`/assessments/${seeded.assessment.id}/results`);
  await screen.findByRole('heading', { level: 1, name: 'Results' });
  const plan = await screen.findByRole('region', { name: 'Action plan' });
  return { ...rendered, ...seeded, plan };
}

describe('the action plan on the results page', { timeout: 30_000 }, () => {
  it('lists each area with a gap, and adds an action after showing what is missing', async () => {
    const { user, plan, agency, round } = await openResults();
    const strategy = within(plan).getByRole('region', { name: 'Strategy' });
    expect(strategy).toHaveTextContent('Score 65 · target 70 · gap 5');
    expect(within(plan).getByRole('region', { name: 'Services' })).toHaveTextContent(
      'Score 50 · target 60 · gap 10',
    );

    await user.click(within(strategy).getByRole('button', { name: 'Add an action for Strategy' }));
    const form = within(strategy).getByRole('group', { name: 'New action for Strategy' });
    const what = within(form).getByLabelText('What will be done');
    expect(what).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The action was not saved. Correct the fields marked below.',
    );
    expect(what).toHaveAccessibleDescription('Describe what will be done.');
    expect(what).toHaveAttribute('aria-invalid', 'true');
    expect(what).toHaveFocus();
    expect(within(form).getByLabelText('Due date')).toHaveAccessibleDescription('Give a due date.');
    expect(await db.actions.count()).toBe(0);

    await user.type(what, 'Approve the digital strategy');
    await user.type(within(form).getByLabelText('Who is responsible'), 'Deputy minister');
    await user.type(within(form).getByLabelText('Due date'), '2026-06-30');
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));

    await within(plan).findByText('The action “Approve the digital strategy” was added.');
    expect(within(strategy).getByText('Approve the digital strategy')).toBeInTheDocument();
    expect(within(strategy).getByText(/Deputy minister · due Jun 30, 2026/)).toBeInTheDocument();
    const [stored] = await db.actions.toArray();
    expect(stored).toMatchObject({
      agencyId: agency.id,
      roundId: round.id,
      questionnaireId: 'core',
      dimensionId: 'strategy',
      what: 'Approve the digital strategy',
      who: 'Deputy minister',
      due: '2026-06-30',
      status: 'planned',
      revision: 1,
    });
  });

  it('changes the status, edits and deletes an action, each stored at once', async () => {
    const { user, plan } = await openResults();
    const services = within(plan).getByRole('region', { name: 'Services' });
    const add = within(services).getByRole('button', { name: 'Add an action for Services' });
    // Escape leaves the form, and focus goes back to the button that opened it.
    await user.click(add);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(
        within(services).getByRole('button', { name: 'Add an action for Services' }),
      ).toHaveFocus(),
    );
    await user.click(within(services).getByRole('button', { name: 'Add an action for Services' }));
    await user.type(within(services).getByLabelText('What will be done'), 'Portal payments');
    await user.type(within(services).getByLabelText('Who is responsible'), 'IT unit');
    await user.type(within(services).getByLabelText('Due date'), '2026-09-30');
    await user.click(within(services).getByRole('button', { name: 'Save the action' }));
    await within(plan).findByText('The action “Portal payments” was added.');

    await user.selectOptions(
      within(services).getByLabelText('Status of “Portal payments”'),
      'Done',
    );
    await within(plan).findByText('The status of “Portal payments” is now: Done.');
    await waitFor(async () =>
      expect((await db.actions.toArray())[0]).toMatchObject({ status: 'done', revision: 2 }),
    );

    await user.click(within(services).getByRole('button', { name: 'Edit “Portal payments”' }));
    const form = within(services).getByRole('group', { name: 'Edit the action' });
    const who = within(form).getByLabelText('Who is responsible');
    expect(who).toHaveValue('IT unit');
    expect(within(form).getByLabelText('Status')).toHaveValue('done');
    await user.clear(who);
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));
    expect(who).toHaveAccessibleDescription('Name who is responsible: a person, a unit or a role.');
    await user.type(who, 'Services department');
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));
    await within(plan).findByText('The action “Portal payments” was saved.');
    expect((await db.actions.toArray())[0]).toMatchObject({
      who: 'Services department',
      status: 'done',
      revision: 3,
    });

    await user.click(within(services).getByRole('button', { name: 'Delete “Portal payments”' }));
    const confirm = within(services).getByRole('group', {
      name: 'Delete the action “Portal payments”? This cannot be undone.',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(await db.actions.count()).toBe(1);
    await user.click(within(services).getByRole('button', { name: 'Delete “Portal payments”' }));
    await user.click(within(services).getByRole('button', { name: 'Yes, delete' }));
    await within(plan).findByText('The action “Portal payments” was deleted.');
    expect(await db.actions.count()).toBe(0);
    expect(within(services).getByText('No actions yet.')).toBeInTheDocument();
  });
});

describe('since the last round', { timeout: 30_000 }, () => {
  it('shows the earlier round’s actions with their status and how each score moved', async () => {
    // Now (round of 2026): Strategy 0.65, Services 0.5 (as above).
    const now = await seedSubmitted(
      {
        lvl: value(4),
        ypn: value('yes'),
        pct: value(40),
        cho: value('unit'),
        num: value(10),
        'follow-up': value('partial'),
      },
      { targets: { strategy: 0.7, services: 0.6 } },
    );
    const { questionnaire, agency } = now;
    const earlier = await addRound({
      name: 'Pilot 2025',
      period: { start: '2025-01-01', end: '2025-03-31' },
      questionnaires: [{ id: questionnaire.id, version: questionnaire.version }],
    });
    const then = await startAssessment({
      agencyId: agency.id,
      roundId: earlier.id,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      respondent: { name: 'Aida', role: 'itUnit' },
    });
    // Then: Strategy = level 2 → 0.25 and "no" → 0, (0.25 + 0) / 2 = 0.125 → 12.5;
    // Services is hidden ("no" closes its show-if), so it has no score then.
    await answerDirectly(then.id, { lvl: value(2), ypn: value('no') });
    await submitAssessment(then.id);
    const ids = { agencyId: agency.id, roundId: earlier.id, questionnaireId: questionnaire.id };
    const done = await addAction({
      ...ids,
      dimensionId: 'strategy',
      what: 'Adopt a strategy',
      who: 'Deputy minister',
      due: '2025-06-30',
      status: 'planned',
    });
    await updateAction(done.id, { status: 'done' });
    await addAction({
      ...ids,
      dimensionId: 'services',
      what: 'Open the portal',
      who: 'IT unit',
      due: '2025-09-30',
      status: 'inProgress',
    });

    renderRoute(`/assessments/${now.assessment.id}/results`);
    const block = await screen.findByRole('region', { name: 'Since the last round' });
    const table = within(block).getByRole('table', {
      name: 'Actions planned in Pilot 2025 and the change of score per area (0–100)',
    });
    const cells = (area: string) =>
      within(within(table).getByRole('rowheader', { name: area }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // 12.5 → 65: +52.5.
    expect(cells('Strategy')).toEqual([
      'Adopt a strategy — Done (Deputy minister, due Jun 30, 2025)',
      '12.5',
      '65',
      '+52.5',
    ]);
    expect(cells('Services')).toEqual([
      'Open the portal — In progress (IT unit, due Sep 30, 2025)',
      '—',
      '50',
      '—',
    ]);
  });
});
