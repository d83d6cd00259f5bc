import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { db } from '@/db/db';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedAgency, seedQuestionnaire, seedRound } from '@/test/seed';

beforeEach(resetDatabase);

/** Opens the form once the stored choices are known and `readyLabel` is shown. */
async function openStart(readyLabel = 'Full name') {
  const rendered = renderRoute('/assessments/new');
  await screen.findByRole('heading', { level: 1, name: 'Start a self-assessment' });
  await screen.findByLabelText(readyLabel);
  return rendered;
}

const field = (label: string) => screen.getByLabelText(label);

async function fillNewAgency(user: UserEvent) {
  await user.type(field('Full name'), 'Ministry of Digital Development');
  await user.type(field('Short name'), 'MDD');
  await user.selectOptions(field('Kind of body'), 'State committee');
}

async function fillNewRound(user: UserEvent, period = { start: '2026-01-15', end: '2026-03-31' }) {
  await user.type(field('Name of the round'), 'Baseline 2026');
  await user.type(field('Start date'), period.start);
  await user.type(field('End date'), period.end);
}

async function fillRespondent(user: UserEvent) {
  await user.type(field('Your name'), 'Aida Bekova');
  await user.selectOptions(field('Your role'), 'IT unit');
}

const submit = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Start the assessment' }));

async function storedCounts() {
  return {
    agencies: await db.agencies.count(),
    rounds: await db.rounds.count(),
    assessments: await db.assessments.count(),
  };
}
const NOTHING = { agencies: 0, rounds: 0, assessments: 0 };

describe('StartPage', () => {
  it('marks every empty required field and stores nothing', async () => {
    await seedQuestionnaire();
    const { user } = await openStart();

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(/Some fields need attention/);
    for (const label of [
      'Full name',
      'Short name',
      'Name of the round',
      'Start date',
      'End date',
      'Your name',
    ]) {
      expect(field(label)).toBeInvalid();
      expect(field(label)).toHaveAccessibleDescription(/Please fill this in\./);
    }
    expect(await storedCounts()).toEqual(NOTHING);
  });

  it('refuses an end date before the start date', async () => {
    await seedQuestionnaire();
    const { user } = await openStart();
    await fillNewAgency(user);
    await fillNewRound(user, { start: '2026-03-01', end: '2026-02-01' });
    await fillRespondent(user);

    await submit(user);

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(field('End date')).toHaveAccessibleDescription(
      'The end date must not be before the start date.',
    );
    expect(await storedCounts()).toEqual(NOTHING);
  });

  it('refuses a target above 100', async () => {
    await seedQuestionnaire();
    const { user } = await openStart();
    await fillNewAgency(user);
    await fillNewRound(user);
    await fillRespondent(user);
    await user.click(screen.getByText('Targets per area (0–100)'));
    const target = field('Strategy');
    expect(target).toHaveValue('60');

    await user.clear(target);
    await user.type(target, '150');
    await submit(user);

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(field('Strategy')).toHaveAccessibleDescription('Enter a whole number from 0 to 100.');
    expect(await storedCounts()).toEqual(NOTHING);
  });

  it('creates the agency, the round and a draft assessment in one go', async () => {
    const questionnaire = await seedQuestionnaire();
    const { user } = await openStart();
    await fillNewAgency(user);
    await fillNewRound(user);
    await user.click(screen.getByText('Targets per area (0–100)'));
    await user.clear(field('Services'));
    await user.type(field('Services'), '75');
    await fillRespondent(user);

    await submit(user);

    // The wizard opens on the first step of the new assessment.
    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    const [agency] = await db.agencies.toArray();
    const [round] = await db.rounds.toArray();
    const [assessment] = await db.assessments.toArray();
    expect(await storedCounts()).toEqual({ agencies: 1, rounds: 1, assessments: 1 });
    expect(agency).toMatchObject({
      name: 'Ministry of Digital Development',
      shortName: 'MDD',
      kind: 'stateCommittee',
    });
    expect(round).toMatchObject({
      name: 'Baseline 2026',
      period: { start: '2026-01-15', end: '2026-03-31' },
      questionnaires: [{ id: questionnaire.id, version: questionnaire.version }],
      // Typed 0–100, stored as fractions; the untouched one keeps its 60.
      targets: { core: { strategy: 0.6, services: 0.75 } },
    });
    expect(assessment).toMatchObject({
      agencyId: agency?.id,
      roundId: round?.id,
      questionnaire: { id: 'core', version: '1.0.0' },
      respondent: { name: 'Aida Bekova', role: 'itUnit' },
      status: 'draft',
      answers: {},
    });
  });

  it('offers a stored agency and round, and starts on them without adding new ones', async () => {
    const questionnaire = await seedQuestionnaire();
    const agency = await seedAgency('State Tax Service');
    const round = await seedRound(questionnaire);
    const { user } = await openStart('Agency being assessed');

    const agencySelect = screen.getByRole('combobox', { name: 'Agency being assessed' });
    await waitFor(() => expect(agencySelect).toHaveValue(agency.id));
    expect(
      within(agencySelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['State Tax Service', 'Add a new agency…']);
    expect(screen.getByRole('combobox', { name: 'Round' })).toHaveValue(round.id);
    expect(screen.queryByLabelText('Full name')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Name of the round')).not.toBeInTheDocument();

    await user.selectOptions(agencySelect, 'Add a new agency…');
    expect(field('Full name')).toBeInTheDocument();
    await user.selectOptions(agencySelect, 'State Tax Service');

    await fillRespondent(user);
    await submit(user);

    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    expect(await storedCounts()).toEqual({ agencies: 1, rounds: 1, assessments: 1 });
    expect(await db.assessments.toArray()).toEqual([
      expect.objectContaining({ agencyId: agency.id, roundId: round.id }),
    ]);
  });
});
