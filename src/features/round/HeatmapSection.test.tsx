import { screen, within } from '@testing-library/react';
import { fixtureView } from '@/domain/round/view-fixture';
import { HeatmapSection } from './HeatmapSection';
import { renderScreen } from './test-render';
import { useRoundFormat } from './useRoundFormat';
import type { RoundView } from '@/domain/round/types';

function Heatmap({ view }: { view: RoundView }) {
  return <HeatmapSection view={view} format={useRoundFormat(view.questionnaire)} />;
}

const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.6, y: 0.5 },
  agencies: [
    { name: 'Customs Service', scores: { x: 0.2, y: 0.9 } },
    { name: 'Audit Chamber', scores: { x: 0.7, y: 0.1 }, demo: true },
    { name: 'Ministry of Justice', scores: { x: 0.45, y: 0.5 } },
    { name: 'Tax Service' },
  ],
});

/** Agency names in the order the table shows them (the body after the mean and target rows). */
function agencyOrder(): string[] {
  const table = screen.getByRole('table', { name: /scores by agency and area/i });
  const bodies = table.querySelectorAll('tbody');
  const agencyRows = within(bodies[1] as HTMLElement).getAllByRole('row');
  return agencyRows.map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

describe('HeatmapSection', () => {
  it('shows each score as a number with its band letter, and the mean and target rows', () => {
    renderScreen(<Heatmap view={view} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Heatmap' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /scores by agency and area/i });
    const customs = within(table).getByRole('row', { name: /Customs Service/ });
    expect(
      within(customs)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '20 D',
      '90 A',
      '55 B', // (0.2 + 0.9) / 2
    ]);
    // Means: x (0.2 + 0.7 + 0.45) / 3 = 0.45; y 0.5; overall (0.55 + 0.4 + 0.475) / 3 = 0.475.
    const mean = within(table).getByRole('row', { name: /Round mean/ });
    expect(
      within(mean)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['45 C', '50 B', '47.5 C']);
    const target = within(table).getByRole('row', { name: /^Target/ });
    expect(
      within(target)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['60 B', '50 B', '55 B']);
    expect(screen.getByText(/1 agency without a submitted assessment is not shown/)).toBeVisible();
  });

  it('marks demo agencies in words', () => {
    renderScreen(<Heatmap view={view} />);
    const audit = screen.getByRole('rowheader', { name: /Audit Chamber/ });
    expect(within(audit).getByText('demo')).toBeInTheDocument();
  });

  it('sorts by a dimension: ascending on the first click, descending on the second', async () => {
    const { user } = renderScreen(<Heatmap view={view} />);
    expect(agencyOrder()).toEqual(['Audit Chamber demo', 'Customs Service', 'Ministry of Justice']);
    expect(screen.getByRole('columnheader', { name: /Agency/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('button', { name: /Dimension x/ }));
    expect(agencyOrder()).toEqual(['Customs Service', 'Ministry of Justice', 'Audit Chamber demo']);
    const header = screen.getByRole('columnheader', { name: /Dimension x/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Agency/ })).not.toHaveAttribute('aria-sort');
    expect(screen.getByText('Sorted by Dimension x, ascending')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Dimension x/ }));
    expect(agencyOrder()).toEqual(['Audit Chamber demo', 'Ministry of Justice', 'Customs Service']);
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts from the keyboard and by the overall column', async () => {
    const { user } = renderScreen(<Heatmap view={view} />);
    const overall = screen.getByRole('button', { name: /Overall/ });
    overall.focus();
    await user.keyboard('{Enter}');
    // Overall: Audit 0.4, Justice 0.475, Customs 0.55.
    expect(agencyOrder()).toEqual(['Audit Chamber demo', 'Ministry of Justice', 'Customs Service']);
    await user.keyboard(' ');
    expect(agencyOrder()).toEqual(['Customs Service', 'Ministry of Justice', 'Audit Chamber demo']);
    expect(screen.getByRole('columnheader', { name: /Overall/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('has a legend that writes out every colour step', () => {
    renderScreen(<Heatmap view={view} />);
    expect(screen.getByText('Colour scale (score 0–100)')).toBeInTheDocument();
    expect(screen.getByText('0–10')).toBeInTheDocument();
    expect(screen.getByText('90–100')).toBeInTheDocument();
  });
});
