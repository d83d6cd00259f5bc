import { screen, waitFor, within } from '@testing-library/react';
import { db } from '@/db/db';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedSubmitted, value } from '@/test/seed';

beforeEach(resetDatabase);

const section = () => screen.getByRole('region', { name: 'For coordinators' });
const findSection = () => screen.findByRole('region', { name: 'For coordinators' });

describe('Home: for coordinators', () => {
  it('loads the demo data on an empty device and opens the rounds', async () => {
    const { user } = renderRoute('/');
    const load = await within(await findSection()).findByRole('button', {
      name: 'Explore with demo data',
    });
    await user.click(load);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Assessment rounds' },
        { timeout: 15000 },
      ),
    ).toBeVisible();
    const rounds = await screen.findAllByRole('listitem');
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    for (const round of rounds) expect(round).toHaveTextContent('demo');
  }, 30000);

  it('removes only the demo data, says what was removed and keeps the person’s own', async () => {
    const own = await seedSubmitted({ lvl: value(3) });
    const { loadDemoData } = await import('@/db/demo');
    const loaded = await loadDemoData();
    const { user } = renderRoute('/');

    // Not an empty device: no load button, but the rounds and the remove button.
    expect(
      await within(await findSection()).findByRole('link', { name: 'Open the rounds' }),
    ).toBeVisible();
    expect(
      within(section()).queryByRole('button', { name: 'Explore with demo data' }),
    ).not.toBeInTheDocument();
    await user.click(within(section()).getByRole('button', { name: 'Remove demo data' }));

    const message = await within(section()).findByText(
      /^Demo data removed/,
      {},
      { timeout: 15000 },
    );
    expect(message).toHaveTextContent(
      `Demo data removed (agencies: ${loaded.agencies}, rounds: ${loaded.rounds}, assessments: ${loaded.assessments}). Your own data is untouched.`,
    );
    await waitFor(() => expect(message).toHaveFocus());
    await waitFor(() =>
      expect(
        within(section()).queryByRole('button', { name: 'Remove demo data' }),
      ).not.toBeInTheDocument(),
    );
    expect(message).toBeInTheDocument();
    expect(await db.agencies.toArray()).toEqual([own.agency]);
    expect(await db.rounds.toArray()).toEqual([own.round]);
    expect((await db.assessments.toArray()).map((a) => a.id)).toEqual([own.assessment.id]);
  }, 30000);

  it('keeps a demo agency and round that the person’s own assessment uses, and says so', async () => {
    const { loadDemoData } = await import('@/db/demo');
    const { startAssessment } = await import('@/db/assessments');
    await loadDemoData();
    const round = (await db.rounds.toArray())[0];
    const agency = (await db.agencies.toArray())[0];
    if (!round || !agency) throw new Error('no demo records');
    const mine = await startAssessment({
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: round.questionnaires[0] ?? { id: '', version: '' },
      respondent: { name: 'Aida', role: 'itUnit' },
    });
    const { user } = renderRoute('/');
    const remove = await within(await findSection()).findByRole('button', {
      name: 'Remove demo data',
    });
    await user.click(remove);
    expect(await within(section()).findByText(/^Demo data removed/)).toHaveTextContent(
      'Kept, because your own assessments refer to them: demo agencies (1) and demo rounds (1).',
    );
    expect((await db.assessments.toArray()).map((a) => a.id)).toEqual([mine.id]);
  }, 30000);
});
