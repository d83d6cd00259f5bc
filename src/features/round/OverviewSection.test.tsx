import { screen, within } from '@testing-library/react';
import type { RoundView } from '@/domain/round/types';
import { fixtureView } from '@/domain/round/view-fixture';
import { OverviewSection } from './OverviewSection';
import { renderScreen } from './test-render';
import { useRoundFormat } from './useRoundFormat';

function Overview({ view }: { view: RoundView }) {
  return <OverviewSection view={view} format={useRoundFormat(view.questionnaire)} />;
}

const view = fixtureView({
  dimensions: ['x', 'y'],
  agencies: [
    { name: 'Customs Service', kind: 'agency', scores: { x: 0.8, y: 0.7 } },
    { name: 'Ministry of Justice', kind: 'ministry', status: 'draft', scores: { x: 0.2 } },
    { name: 'Ecology Committee', kind: 'stateCommittee' },
    { name: 'Ministry of Defence', kind: 'ministry', scores: { x: 0.3, y: 0.2 } },
  ],
});

const bodyRows = () => {
  const table = screen.getByRole('table', { name: /agencies in this round/i });
  return within(table).getAllByRole('row').slice(1);
};

describe('OverviewSection', () => {
  it('lists every agency with its status in words, completeness, score, band and stage', () => {
    renderScreen(<Overview view={view} />);
    expect(
      screen.getByText('4 agencies: 2 submitted, 1 in draft, 1 not started.'),
    ).toBeInTheDocument();
    const cells = (name: RegExp) =>
      within(screen.getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Kind, status, respondents, completeness, overall, band, stage.
    expect(cells(/Customs Service/)).toEqual([
      'Agency or service',
      'Submitted',
      '1',
      '100 %',
      '75',
      'A',
      '4 · Differentiating',
    ]);
    // The draft answered x only: completeness 1/2; no score until submitted.
    expect(cells(/Ministry of Justice/)).toEqual(['Ministry', 'Draft', '1', '50 %', '—', '—', '—']);
    expect(cells(/Ecology Committee/)).toEqual([
      'State committee',
      'Not started',
      '0',
      '—',
      '—',
      '—',
      '—',
    ]);
  });

  it('filters by agency kind, offering only the kinds present', async () => {
    const { user } = renderScreen(<Overview view={view} />);
    const filter = screen.getByRole('combobox', { name: 'Agency kind' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All kinds', 'Ministry', 'State committee', 'Agency or service']);
    expect(bodyRows()).toHaveLength(4);

    await user.selectOptions(filter, 'Ministry');
    expect(bodyRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Ministry of Defence',
      'Ministry of Justice',
    ]);
    expect(
      screen.getByRole('table', { name: 'Agencies in this round (2 of 4 shown)' }),
    ).toBeVisible();

    await user.selectOptions(filter, 'All kinds');
    expect(bodyRows()).toHaveLength(4);
  });
});
