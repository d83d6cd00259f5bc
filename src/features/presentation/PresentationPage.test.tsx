import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '@/test/render';
import { resetDatabase, value } from '@/test/seed';
import { seedAgencies } from '@/test/seed-agencies';

beforeEach(resetDatabase);

const yes = { lvl: value(4), ypn: value('yes'), 'follow-up': value('partial') };
const no = { lvl: value(2), ypn: value('no') };

/** Three agencies score Strategy; only the first two answer "yes" and so score Services. */
async function seedThree() {
  return seedAgencies(
    [
      { name: 'Ministry of Justice', shortName: 'MinJustice', responses: yes },
      { name: 'State Tax Service', shortName: 'Tax Service', responses: yes },
      { name: 'Social Fund', shortName: 'SocFund', responses: no },
    ],
    { strategy: 0.6, services: 0.6 },
  );
}

async function openDeck(roundId: string) {
  const rendered = renderRoute(`/rounds/${roundId}/present`);
  await screen.findByRole('heading', { level: 1, name: 'Baseline 2026' });
  return rendered;
}

const counter = () => screen.getByText(/^Slide \d+ of \d+$/);

describe('PresentationPage', () => {
  it('walks through title, context, one slide per area and the summary with the keys', async () => {
    const { round } = await seedThree();
    const { user } = await openDeck(round.id);
    expect(counter()).toHaveTextContent('Slide 1 of 5');
    expect(screen.getByText('3 agencies submitted their self-assessment')).toBeVisible();
    // The focus moves in an effect, just after the slide is shown.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where Kyrgyzstan stands');
    expect(screen.getByText(/E-Government Survey 2018, 2020, 2022 and 2024/)).toBeVisible();
    expect(screen.getByRole('img', { name: /EGDI rank by survey year: 2018: 91/ })).toBeVisible();

    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Strategy');
    expect(screen.getByText('Area 1 of 2')).toBeVisible();
    expect(screen.getByText('Slide 3 of 5: Strategy')).toBeInTheDocument();
    // The fixture questionnaire has no discussion prompts: the block is left out.
    expect(screen.queryByRole('heading', { name: 'For discussion' })).not.toBeInTheDocument();

    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Summary');
    expect(counter()).toHaveTextContent('Slide 5 of 5');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Services');
    await user.keyboard('{Home}');
    expect(counter()).toHaveTextContent('Slide 1 of 5');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(counter()).toHaveTextContent('Slide 2 of 5');
  }, 30000);

  it('shows the keys on ? and H; Esc closes the list, then leaves for the round screen', async () => {
    const { round } = await seedThree();
    const { user } = await openDeck(round.id);
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keys for the presentation' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByRole('row', { name: /A Hide or show agency names/ })).toBeVisible();
    // Slide keys do nothing while the list is open.
    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent('Slide 1 of 5');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('h');
    expect(screen.getByRole('dialog')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('region', { name: 'Overview' })).toBeVisible();
  }, 30000);

  it('hides an area’s figures from fewer agencies than the threshold, and shows them from as many', async () => {
    const { round } = await seedThree();
    const { user } = await openDeck(round.id);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // Strategy: three agencies, the default threshold 3 is met.
    expect(screen.getByRole('img', { name: 'Scores of the agencies in Strategy, 0–100' }));
    expect(screen.getByText('Mean')).toBeVisible();
    expect(screen.queryByText(/Figures hidden/)).not.toBeInTheDocument();

    // Services: only two agencies have a score.
    await user.keyboard('{ArrowRight}');
    expect(
      screen.getByText('Figures hidden: fewer than 3 agencies have a score in this area.'),
    ).toBeVisible();
    expect(screen.queryByRole('img', { name: /Scores of the agencies/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Mean')).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Scores of the agencies/ })).not.toBeInTheDocument();

    const field = screen.getByRole('textbox', { name: 'Hide figures from fewer agencies than' });
    await user.clear(field);
    await user.type(field, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter 1 or more.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, '2');
    expect(
      await screen.findByRole('img', { name: 'Scores of the agencies in Services, 0–100' }),
    ).toBeVisible();
    expect(screen.getByText('Mean')).toBeVisible();
    expect(screen.queryByText(/Figures hidden/)).not.toBeInTheDocument();
  }, 30000);
});
