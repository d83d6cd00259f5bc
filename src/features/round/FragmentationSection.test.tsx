import { screen, within } from '@testing-library/react';
import type { RoundView } from '@/domain/round/types';
import { fixtureView } from '@/domain/round/view-fixture';
import { FragmentationSection } from './FragmentationSection';
import { renderScreen } from './test-render';
import { useRoundFormat } from './useRoundFormat';

function Fragmentation({ view }: { view: RoundView }) {
  return <FragmentationSection view={view} format={useRoundFormat(view.questionnaire)} />;
}

// x: 0.12, 0.5, 0.88 → mean 0.5, σ = √(2 · 0.38² / 3) ≈ 0.3103, CV ≈ 0.62 (high).
// y: 0.4, 0.5, 0.6 → mean 0.5, σ = √(0.02 / 3) ≈ 0.0816, CV ≈ 0.16 (moderate).
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.5, y: 0.5 },
  agencies: [
    { name: 'A', scores: { x: 0.12, y: 0.4 } },
    { name: 'B', scores: { x: 0.5, y: 0.5 } },
    { name: 'C', scores: { x: 0.88, y: 0.6 } },
  ],
});

describe('FragmentationSection', () => {
  it('reads the most uneven and the most even area in plain language', () => {
    renderScreen(<Fragmentation view={view} />);
    const reading = screen.getByRole('note', { name: 'Reading' });
    expect(reading).toHaveTextContent(
      'Dimension x is the most uneven area: scores range from 12 to 88 (CV 0.62, high by the heuristic). The most even area is Dimension y (CV 0.16, moderate).',
    );
    expect(reading).toHaveTextContent('Based on 3 agencies with a submitted assessment.');
  });

  it('words the reading in Russian and Kyrgyz too', () => {
    const { unmount } = renderScreen(<Fragmentation view={view} />, { locale: 'ru' });
    expect(screen.getByRole('note', { name: 'Вывод' })).toHaveTextContent(
      'Dimension x — самое неравномерное направление: баллы от 12 до 88 (CV 0,62, высокий по эвристике).',
    );
    expect(screen.getByRole('note', { name: 'Вывод' })).toHaveTextContent(
      'По данным 3 органов с отправленной оценкой.',
    );
    unmount();
    renderScreen(<Fragmentation view={view} />, { locale: 'ky' });
    expect(screen.getByRole('note', { name: 'Корутунду' })).toHaveTextContent(
      'Dimension x — эң бир калыпта эмес багыт: баллдар 12 – 88 аралыгында (CV 0,62, эвристика боюнча жогору).',
    );
  });

  it('says when there is too little to compare', () => {
    const one = fixtureView({ dimensions: ['x'], agencies: [{ name: 'A', scores: { x: 0.4 } }] });
    renderScreen(<Fragmentation view={one} />);
    expect(screen.getByRole('note', { name: 'Reading' })).toHaveTextContent(
      'Fragmentation needs submitted assessments from at least two agencies; so far there is 1.',
    );
  });

  it('tabulates the spread per area and overall, with the CV band labelled heuristic', () => {
    renderScreen(<Fragmentation view={view} />);
    const table = screen.getByRole('table', { name: /spread across agencies/i });
    expect(within(table).getByRole('columnheader', { name: 'CV band (heuristic)' })).toBeVisible();
    const x = within(table).getByRole('row', { name: /Dimension x/ });
    // n, mean, SD, CV, band, Gini, range, IQR, share below target.
    // Gini: Σ|xi − xj| over pairs (0.38 + 0.76 + 0.38) · 2 / (2 · 9 · 0.5) ≈ 0.34; IQR 0.69 − 0.31.
    expect(
      within(x)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '50', '31', '0.62', 'high', '0.34', '76', '38', '33.3 %']);
    expect(within(table).getByRole('row', { name: /Overall/ })).toBeInTheDocument();
    expect(
      screen.getByText(
        'CV bands are a heuristic, not a tested threshold: < 0.15 low, 0.15–0.30 moderate, > 0.30 high.',
      ),
    ).toBeVisible();
  });

  it('lists the imbalance within agencies, most uneven first', () => {
    renderScreen(<Fragmentation view={view} />);
    const table = screen.getByRole('table', { name: /imbalance within each agency/i });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    // A: |0.12 − 0.4| / 2 = 0.14; C: 0.14; B: 0 → A and C tie, name order.
    expect(names).toEqual(['A', 'C', 'B']);
    const a = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(a)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['14', 'Dimension x (12)', 'Dimension y (40)']);
  });
});
