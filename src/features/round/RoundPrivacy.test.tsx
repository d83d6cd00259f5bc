import { screen, waitFor, within } from '@testing-library/react';
import { setHideAgencyNames } from '@/db/privacy';
import { renderRoute } from '@/test/render';
import { resetDatabase, value } from '@/test/seed';
import { seedAgencies } from '@/test/seed-agencies';

beforeEach(resetDatabase);

const yes = { lvl: value(4), ypn: value('yes'), 'follow-up': value('partial') };
const no = { lvl: value(2), ypn: value('no') };
const AGENCIES = [
  { name: 'Ministry of Justice', shortName: 'MinJustice', responses: yes },
  { name: 'State Tax Service', shortName: 'Tax Service', responses: yes },
  {
    name: 'State Committee on Ecology',
    shortName: 'Ecology',
    kind: 'stateCommittee' as const,
    responses: no,
  },
];
const NAMES = AGENCIES.flatMap((a) => [a.name, a.shortName]);

function namesOnPage(): string[] {
  const html = document.body.innerHTML;
  return NAMES.filter((name) => html.includes(name));
}

describe('Hide agency names on the round screen', () => {
  it('turns every name into a letter and hides the figures of too small groups', async () => {
    const { round } = await seedAgencies(AGENCIES, { strategy: 0.6, services: 0.6 });
    const { user } = renderRoute(`/rounds/${round.id}`);
    await screen.findByRole('heading', { level: 2, name: 'Fragmentation' });
    // The round screen shows the full names (the check finds them).
    expect(namesOnPage()).toEqual(expect.arrayContaining(AGENCIES.map((a) => a.name)));

    await user.click(screen.getByRole('checkbox', { name: 'Hide agency names' }));
    await waitFor(() => expect(namesOnPage()).toEqual([]));
    await screen.findByRole('heading', { level: 2, name: 'Fragmentation' });
    expect(namesOnPage()).toEqual([]);
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(
      within(overview)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Agency A', 'Agency B', 'Agency C']);
    expect(
      screen.getByText(/^Agency names are hidden: each agency is shown by a letter/),
    ).toBeVisible();

    expect(screen.getByText(/Areas with hidden figures: Services\.$/)).toBeVisible();
    // Two ministries and one state committee, under 3 each: the kind would narrow it down.
    for (const row of within(overview).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('hidden: few of this kind');
    }
    // Services has two scores: its spread is hidden, with the reason beside the area.
    const distribution = screen.getByRole('table', { name: /five-number summary/i });
    const services = within(distribution).getByRole('row', { name: /Services/ });
    expect(services).toHaveTextContent('hidden: fewer than 3 agencies');
    expect(within(services).getAllByRole('cell')[1]).toHaveTextContent('—');
    const strategy = within(distribution).getByRole('row', { name: /Strategy/ });
    expect(strategy).not.toHaveTextContent('hidden');

    // One state committee: choosing that kind would point it out.
    await user.selectOptions(
      within(overview).getByRole('combobox', { name: /kind/i }),
      'stateCommittee',
    );
    expect(within(overview).getByText('Hidden: fewer than 3 agencies of this kind.')).toBeVisible();
    expect(within(overview).queryAllByRole('rowheader')).toEqual([]);
  }, 30000);

  it('keeps the letters on the comparison, and the same agency has the same letter', async () => {
    const { round } = await seedAgencies(AGENCIES, { strategy: 0.6 });
    await setHideAgencyNames(true);
    const { user } = renderRoute(`/rounds/${round.id}`);
    const heatmap = await screen.findByRole('table', { name: /Scores by agency and area/ });
    const letterLinks = within(heatmap)
      .getAllByRole('link')
      .map((l) => [l.textContent, l.getAttribute('href')]);
    expect(namesOnPage()).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Compare agencies' }));
    const agencyA = await screen.findByRole('checkbox', { name: 'Agency A' });
    expect(screen.getByRole('checkbox', { name: 'Agency B' })).toBeInTheDocument();
    expect(namesOnPage()).toEqual([]);
    // Agencies A and C compared: A's link leads to the agency called A on the round screen.
    await user.click(agencyA);
    await user.click(screen.getByRole('checkbox', { name: 'Agency C' }));
    const link = await screen.findByRole('link', { name: 'Agency A' });
    expect(link.getAttribute('href')).toBe(
      letterLinks.find(([letter]) => letter === 'Agency A')?.[1],
    );
    expect(namesOnPage()).toEqual([]);
  }, 30000);
});
