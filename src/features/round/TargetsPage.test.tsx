import { screen, waitFor } from '@testing-library/react';
import { db } from '@/db/db';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedQuestionnaire, seedRound } from '@/test/seed';

beforeEach(resetDatabase);

async function openTargets(targets?: Record<string, number>) {
  const questionnaire = await seedQuestionnaire();
  const round = await seedRound(questionnaire, targets);
  const rendered = renderRoute(`/rounds/${round.id}/targets`);
  await screen.findByRole('heading', { level: 1, name: 'Targets' });
  const stored = async () => (await db.rounds.get(round.id))?.targets[questionnaire.id];
  return { ...rendered, round, stored };
}

describe('TargetsPage', () => {
  it('shows the stored targets on 0–100, one field per area', async () => {
    await openTargets({ strategy: 0.625 });
    expect(screen.getByRole('textbox', { name: 'Strategy' })).toHaveValue('62.5');
    expect(screen.getByRole('textbox', { name: 'Services' })).toHaveValue('');
  });

  it('refuses invalid input with a message per field and stores nothing', async () => {
    const { user, stored } = await openTargets({ strategy: 0.6 });
    const strategy = screen.getByRole('textbox', { name: 'Strategy' });
    const services = screen.getByRole('textbox', { name: 'Services' });
    await user.clear(strategy);
    await user.type(strategy, 'sixty');
    await user.type(services, '150');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The targets were not saved: 2 fields need correcting.',
    );
    expect(strategy).toHaveAttribute('aria-invalid', 'true');
    expect(strategy).toHaveAccessibleDescription(
      expect.stringContaining('Enter a number from 0 to 100, such as 60 or 62.5.'),
    );
    expect(services).toHaveAccessibleDescription(
      expect.stringContaining('A target must be between 0 and 100.'),
    );
    expect(strategy).toHaveFocus();
    expect(await stored()).toEqual({ strategy: 0.6 });
  });

  it('saves valid targets, a comma as decimal separator and an empty field as no target', async () => {
    const { user, stored } = await openTargets({ strategy: 0.6, services: 0.5 });
    const strategy = screen.getByRole('textbox', { name: 'Strategy' });
    await user.clear(strategy);
    await user.type(strategy, '72,5');
    await user.clear(screen.getByRole('textbox', { name: 'Services' }));
    await user.click(screen.getByRole('button', { name: 'Save targets' }));

    expect(await screen.findByText('Targets saved.')).toHaveAttribute('role', 'status');
    await waitFor(async () => expect(await stored()).toEqual({ strategy: 0.725 }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the round does not exist', async () => {
    renderRoute('/rounds/no-such-round/targets');
    expect(await screen.findByText('This round is not stored on this device.')).toBeVisible();
  });
});
