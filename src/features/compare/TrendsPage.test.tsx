import { screen, waitFor, within } from '@testing-library/react';
import type { TrendScreen } from '@/db/compare-queries';
import { loadDemoData } from '@/db/demo';
import { twoVersionInputs } from '@/domain/compare/test-fixtures';
import { buildTrends } from '@/domain/round/trends';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedQuestionnaire, seedRound } from '@/test/seed';
import { renderAt } from './test-render';
import { TrendReport } from './TrendReport';

beforeEach(resetDatabase);

/** Six agencies on two questionnaire versions; figures in src/domain/compare/test-fixtures.ts. */
function twoVersions(): TrendScreen {
  const { earlier, later } = twoVersionInputs();
  return {
    trend: buildTrends(earlier, later),
    agencies: new Map(later.agencies.map((a) => [a.id, a])),
    earlierQuestionnaire: earlier.questionnaire,
    laterQuestionnaire: later.questionnaire,
  };
}

const table = () => screen.getByRole('table', { name: /^Change per area and overall/ });
const agencyOrder = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('TrendsPage', () => {
  it('says the versions differ, how many questions are compared and which are left out', () => {
    renderAt(<TrendReport screen={twoVersions()} />);
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent(
      'The rounds used different questionnaires: Test questionnaire 1.0.0 and Test questionnaire 1.1.0. Both are scored here on the 2 scored questions they share',
    );
    expect(notice).toHaveTextContent('Only in the earlier version, left out (1 question):');
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['An old question', 'A new question']);
  });

  it('names who improved most and who fell back, with signed changes', () => {
    renderAt(<TrendReport screen={twoVersions()} />);
    const improved = screen.getByRole('region', { name: 'Most improved' });
    expect(
      within(improved)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Tax: ▲ +50 points overall (25 → 75)',
      'Customs: ▲ +25 points overall (0 → 25)',
      'Energy: ▲ +12.5 points overall (0 → 12.5)',
    ]);
    const fell = screen.getByRole('region', { name: 'Fell back' });
    expect(
      within(fell)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Culture: ▼ −25 points overall (75 → 50)']);
  });

  it('sorts the table by overall change, both ways, and by name', async () => {
    const { user } = renderAt(<TrendReport screen={twoVersions()} />);
    expect(agencyOrder()).toEqual(['Tax', 'Customs', 'Energy', 'Health', 'Justice', 'Culture']);
    const change = within(table()).getByRole('columnheader', { name: /Overall change/ });
    expect(change).toHaveAttribute('aria-sort', 'descending');
    const tax = within(table()).getByRole('row', { name: /^Tax/ });
    // Dimension a, dimension b, before, after, change.
    expect(
      within(tax)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['▲ +50', '▲ +50', '25', '75', '▲ +50']);

    await user.click(within(change).getByRole('button'));
    expect(change).toHaveAttribute('aria-sort', 'ascending');
    expect(agencyOrder()).toEqual(['Culture', 'Justice', 'Energy', 'Health', 'Customs', 'Tax']);
    expect(screen.getByText('Sorted by overall change, largest fall first.')).toBeInTheDocument();

    await user.click(within(table()).getByRole('button', { name: /^Agency/ }));
    expect(agencyOrder()).toEqual(['Culture', 'Customs', 'Energy', 'Health', 'Justice', 'Tax']);
    expect(change).not.toHaveAttribute('aria-sort');
  });

  it('needs two rounds, and the rounds list links to it only then', async () => {
    const q = await seedQuestionnaire();
    await seedRound(q);
    const { unmount } = renderRoute('/rounds');
    await screen.findByRole('link', { name: 'Baseline 2026' });
    expect(screen.queryByRole('link', { name: 'Trends between rounds' })).not.toBeInTheDocument();
    unmount();

    renderRoute('/trends');
    expect(
      await screen.findByText('Trends need at least two rounds on this device; there is 1.'),
    ).toBeVisible();
  });

  it('is linked from the rounds list once there are two rounds', async () => {
    const q = await seedQuestionnaire();
    await seedRound(q);
    await seedRound(q);
    const { user } = renderRoute('/rounds');
    await user.click(await screen.findByRole('link', { name: 'Trends between rounds' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trends between rounds' }),
    ).toBeVisible();
    expect(
      await screen.findByText('No agency has a submitted assessment in both rounds.'),
    ).toBeVisible();
  });

  it('compares the two newest rounds by default and names the same version', async () => {
    await loadDemoData();
    const { user } = renderRoute('/trends');
    const earlier = await screen.findByRole('combobox', { name: 'Earlier round' });
    expect(earlier).toHaveDisplayValue('Baseline 2025 (demo)');
    expect(screen.getByRole('combobox', { name: 'Later round' })).toHaveDisplayValue(
      'Follow-up 2026 (demo)',
    );
    expect(
      await screen.findByText(/^Both rounds used .+; all \d+ scored questions are compared\.$/),
    ).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent('Demo data — synthetic.');
    expect(
      within(screen.getByRole('region', { name: 'Most improved' })).getAllByRole('listitem'),
    ).toHaveLength(3);

    await user.selectOptions(earlier, 'Follow-up 2026 (demo)');
    expect(await screen.findByText('Choose two different rounds.')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
  }, 30000);
});
