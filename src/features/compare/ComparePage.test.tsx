import { screen, within } from '@testing-library/react';
import { fixtureView } from '@/domain/round/view-fixture';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedSubmitted, value } from '@/test/seed';
import { ComparePage, CompareScreen } from './ComparePage';
import { renderAt } from './test-render';

beforeEach(resetDatabase);

// Fixture ids follow the order given: agency-1 … agency-8; agency-9 has no submitted score.
const NAMES = ['Tax', 'Customs', 'Justice', 'Health', 'Energy', 'Culture', 'Defence', 'Ecology'];
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.6, y: 0.6 },
  agencies: [
    ...NAMES.map((name, i) => ({ name, scores: { x: 0.1 * (i + 1), y: 0.5 } })),
    { name: 'Transport', status: 'draft' as const, scores: { x: 0.3 } },
  ],
});
const PATH = '/rounds/round-1/compare';
const open = (query = '') => renderAt(<CompareScreen view={view} />, { path: PATH + query });
const box = (name: string) => screen.getByRole('checkbox', { name });
const checked = () =>
  screen
    .getAllByRole('checkbox')
    .filter((b) => (b as HTMLInputElement).checked)
    .map((b) => b.closest('label')?.textContent?.trim());

describe('ComparePage', () => {
  it('offers only agencies with a submitted score, in a named group with the count', () => {
    open();
    const group = screen.getByRole('group', { name: 'Agencies to compare' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(group).queryByRole('checkbox', { name: 'Transport' })).not.toBeInTheDocument();
    expect(group).toHaveAccessibleDescription('Chosen: 0 of at most 6');
    expect(screen.getByText('Choose at least two agencies to see them compared.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('reads the choice from the address and keeps each change there', async () => {
    const { user, location } = open('?agencies=agency-3,agency-1');
    // Boxes are in name order; the address keeps the order chosen.
    expect(checked()).toEqual(['Justice', 'Tax']);
    expect(screen.getByText('Chosen: 2 of at most 6')).toBeVisible();

    await user.click(box('Health'));
    expect(location()).toBe(`${PATH}?agencies=agency-3,agency-1,agency-4`);
    expect(screen.getByText('Chosen: 3 of at most 6')).toBeVisible();

    await user.click(box('Justice'));
    expect(location()).toBe(`${PATH}?agencies=agency-1,agency-4`);

    await user.click(screen.getByRole('button', { name: 'Clear the choice' }));
    expect(location()).toBe(PATH);
    expect(checked()).toEqual([]);
  });

  it('refuses a seventh agency with a message and changes nothing', async () => {
    const six = 'agency-1,agency-2,agency-3,agency-4,agency-5,agency-6';
    const { user, location } = open(`?agencies=${six}`);
    expect(checked()).toHaveLength(6);

    await user.click(box('Defence'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'At most 6 agencies can be compared at once. Clear one before choosing “Defence”.',
    );
    expect(box('Defence')).not.toBeChecked();
    expect(location()).toBe(`${PATH}?agencies=${six}`);

    // Letting one go makes room, and the message goes with the next change.
    await user.click(box('Tax'));
    await user.click(box('Defence'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(location()).toBe(
      `${PATH}?agencies=agency-2,agency-3,agency-4,agency-5,agency-6,agency-7`,
    );
  });

  it('shows the first six of an address that names more, and says what it left out', () => {
    open(
      '?agencies=agency-1,agency-2,agency-3,agency-4,agency-5,agency-6,agency-7,nobody,agency-9',
    );
    expect(checked()).toHaveLength(6);
    expect(box('Defence')).not.toBeChecked();
    expect(
      screen.getByText('The address named more than 6 agencies; the first 6 are shown.'),
    ).toBeVisible();
    expect(
      screen.getByText(
        '2 agencies in the address have no submitted assessment in this round and are left out.',
      ),
    ).toBeVisible();
  });

  it('draws a named radar and a side-by-side table with the highest marked in words', () => {
    open('?agencies=agency-2,agency-5,agency-3');
    expect(
      screen.getByRole('img', {
        name: /^Scores of the chosen agencies per area \(0–100\)\. A radar chart with one outline per agency: Customs; Energy; Justice\. The dashed black outline is the round’s target\./,
      }),
    ).toBeInTheDocument();
    const legend = screen.getByText('Legend').nextElementSibling as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['Customs', 'Energy', 'Justice', 'Target']);

    const table = screen.getByRole('table', { name: /side by side/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Area', 'Customs', 'Energy', 'Justice', 'Target']);
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // x: 20, 50, 30 → Energy highest; y: 50 everywhere → level, nobody marked.
    expect(cells(/^Dimension x/)).toEqual(['20 D', '50 B highest', '30 C', '60']);
    expect(cells(/^Dimension y/)).toEqual(['50 B', '50 B', '50 B', '60']);
    // Overall: (0.2 + 0.5) / 2 = 35, (0.5 + 0.5) / 2 = 50, (0.3 + 0.5) / 2 = 40.
    expect(cells(/^Overall/)).toEqual(['35 C', '50 B highest', '40 C', '60']);
    expect(within(table).getByRole('link', { name: 'Energy' })).toHaveAttribute(
      'href',
      '/rounds/round-1/agencies/agency-5',
    );
    expect(
      screen.getByRole('button', { name: /^Download “Scores per area side by side/ }),
    ).toBeVisible();
  });

  it('says so when fewer than two agencies have submitted', () => {
    const lone = fixtureView({ dimensions: ['x'], agencies: [{ name: 'A', scores: { x: 1 } }] });
    renderAt(<CompareScreen view={lone} />, { path: PATH });
    expect(
      screen.getByText(
        'A comparison needs submitted assessments from at least two agencies; this round has 1.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('opens from the round screen’s “Compare agencies” link', async () => {
    const { round } = await seedSubmitted({ lvl: value(4) });
    const { user } = renderRoute(`/rounds/${round.id}`);
    await user.click(await screen.findByRole('link', { name: 'Compare agencies' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare agencies' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'A comparison needs submitted assessments from at least two agencies; this round has 1.',
      ),
    ).toBeVisible();
  });

  it('is routed, and says so when the round is not stored', async () => {
    renderRoute('/rounds/no-such-round/compare');
    expect(await screen.findByText('This round is not stored on this device.')).toBeVisible();
    expect(ComparePage).toBeTypeOf('function');
  });
});
