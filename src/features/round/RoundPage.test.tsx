import { screen, within } from '@testing-library/react';
import { db } from '@/db/db';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedSubmitted, value } from '@/test/seed';

beforeEach(resetDatabase);

async function seedRoundWithOne() {
  return seedSubmitted({ lvl: value(4), ypn: value('yes'), 'follow-up': value('partial') });
}

describe('RoundPage', () => {
  it('shows the round with its sections in order, each under an h2', async () => {
    const { round } = await seedRoundWithOne();
    renderRoute(`/rounds/${round.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Baseline 2026' })).toBeVisible();
    await screen.findByRole('heading', { level: 2, name: 'Fragmentation' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Overview',
      'Heatmap',
      'Gaps to target',
      'Distribution',
      'Fragmentation',
    ]);
    expect(screen.queryByText('Demo data — synthetic.')).not.toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(
      within(overview).getByRole('row', { name: /Ministry of Digital Development/ }),
    ).toHaveTextContent('Submitted');
    expect(screen.getByRole('link', { name: 'Set targets for this round' })).toHaveAttribute(
      'href',
      `/rounds/${round.id}/targets`,
    );
  });

  it('labels a demo round as synthetic', async () => {
    const { round } = await seedRoundWithOne();
    await db.rounds.update(round.id, { demo: true });
    renderRoute(`/rounds/${round.id}`);
    expect(await screen.findByText('Demo data — synthetic.')).toBeVisible();
  });

  it('says so when the round does not exist', async () => {
    renderRoute('/rounds/no-such-round');
    expect(await screen.findByText('This round is not stored on this device.')).toBeVisible();
  });
});

describe('RoundsPage', () => {
  it('lists the rounds with their agency counts', async () => {
    const { round } = await seedRoundWithOne();
    renderRoute('/rounds');
    const link = await screen.findByRole('link', { name: 'Baseline 2026' });
    expect(link).toHaveAttribute('href', `/rounds/${round.id}`);
    expect(screen.getByText('1 agency with an assessment: 1 submitted, 0 in draft')).toBeVisible();
  });

  it('says when there are no rounds', async () => {
    renderRoute('/rounds');
    expect(await screen.findByText('There are no rounds on this device yet.')).toBeVisible();
  });
});
