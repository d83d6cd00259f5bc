import { fireEvent, screen, within } from '@testing-library/react';
import type { RoundView } from '@/domain/round/types';
import { fixtureView } from '@/domain/round/view-fixture';
import { DistributionSection } from './DistributionSection';
import { renderScreen } from './test-render';
import { useRoundFormat } from './useRoundFormat';

function Distribution({ view }: { view: RoundView }) {
  return <DistributionSection view={view} format={useRoundFormat(view.questionnaire)} />;
}

const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.6 },
  agencies: [
    { name: 'Customs Service', scores: { x: 0.625, y: 0.5 } },
    { name: 'Audit Chamber', scores: { x: 0.2, y: 0.5 }, demo: true },
    { name: 'Ministry of Justice', scores: { x: 0.9 } },
  ],
});

describe('DistributionSection', () => {
  it('is a named figure with one group of agency points per area', () => {
    renderScreen(<Distribution view={view} />);
    const figure = screen.getByRole('figure', { name: /scores of the agencies per area/i });
    const x = within(figure).getByRole('group', { name: 'Dimension x' });
    expect(
      within(x)
        .getAllByRole('img')
        .map((p) => p.getAttribute('aria-label')),
    ).toEqual(['Audit Chamber (demo): 20', 'Customs Service: 62.5', 'Ministry of Justice: 90']);
    expect(within(figure).getByRole('group', { name: 'Overall' })).toBeInTheDocument();
  });

  it('is one tab stop per area; arrow keys move between agencies and show the name', async () => {
    const { user } = renderScreen(<Distribution view={view} />);
    const x = screen.getByRole('group', { name: 'Dimension x' });
    const points = within(x).getAllByRole('img');
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);

    await user.tab();
    expect(points[0]).toHaveFocus();
    expect(screen.getByText('Audit Chamber (demo): 20')).toBeVisible();

    await user.keyboard('{ArrowRight}');
    expect(points[1]).toHaveFocus();
    expect(screen.getByText('Customs Service: 62.5')).toBeVisible();
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);

    await user.keyboard('{End}');
    expect(points[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(points[0]).toHaveFocus();

    // Tab leaves for the next area rather than walking through every agency.
    await user.tab();
    const y = screen.getByRole('group', { name: 'Dimension y' });
    expect(within(y).getAllByRole('img')[0]).toHaveFocus();
  });

  it('shows the name on hover too', () => {
    renderScreen(<Distribution view={view} />);
    const x = screen.getByRole('group', { name: 'Dimension x' });
    fireEvent.mouseEnter(within(x).getByRole('img', { name: 'Ministry of Justice: 90' }));
    expect(screen.getByText('Ministry of Justice: 90')).toBeVisible();
  });

  it('gives the five-number summary as a table', () => {
    renderScreen(<Distribution view={view} />);
    const table = screen.getByRole('table', { name: /five-number summary/i });
    const x = within(table).getByRole('row', { name: /Dimension x/ });
    // 0.2, 0.625, 0.9: Q1 = 0.2 + 0.5 · 0.425 = 0.4125, Q3 = 0.625 + 0.5 · 0.275 = 0.7625.
    expect(
      within(x)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '20', '41.3', '62.5', '76.3', '90', '60']);
  });
});
