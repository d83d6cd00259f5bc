import { screen, within } from '@testing-library/react';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedSubmitted, value } from '@/test/seed';

beforeEach(resetDatabase);

async function openResults(assessmentId: string) {
  const rendered = renderRoute(`/assessments/${assessmentId}/results`);
  await screen.findByRole('heading', { level: 1, name: 'Results' });
  return rendered;
}

/** The headline figures: overall score, band, stage and completeness, each with its label. */
const headlines = () => screen.getByRole('region', { name: 'Overall score' });

function tableRow(area: string) {
  const table = screen.getByRole('table', { name: 'Scores per area (0–100)' });
  const row = within(table).getByRole('rowheader', { name: area }).closest('tr');
  if (!row) throw new Error(`no row for ${area}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('ResultsPage', () => {
  it('shows the overall score, the table per area and two named charts', async () => {
    // Strategy (weights 1): level 4 → (4 − 1) / 4 = 0.75; yes → 1; 40 % → band "from 0" = 0;
    // option "A unit" → 1; 10 IT staff on worst 0 / best 20 → 0.5; free text is not scored.
    // Strategy = (0.75 + 1 + 0 + 1 + 0.5) / 5 = 0.65 → 65, band B, stage floor(1 + 2.6) = 3.
    // Services: the follow-up shows (strategy "yes"), "partly" → 0.5 → 50, B, stage 3.
    // Overall = (0.65 + 0.5) / 2 = 0.575 → 57.5 / 100, band B, stage floor(1 + 2.3) = 3;
    // every visible scored item answered → completeness 100 %.
    const { assessment } = await seedSubmitted(
      {
        lvl: value(4),
        ypn: value('yes'),
        pct: value(40),
        cho: value('unit'),
        num: value(10),
        txt: value('Two pilots running'),
        'follow-up': value('partial'),
      },
      { targets: { strategy: 0.7, services: 0.6 } },
    );
    await openResults(assessment.id);

    expect(headlines()).toHaveTextContent(/Overall score\s*57\.5 \/ 100/);
    expect(headlines()).toHaveTextContent(/Band\s*B\s*high/);
    expect(headlines()).toHaveTextContent(/Stage\s*3\s*Systematic/);
    expect(headlines()).toHaveTextContent(/Completeness\s*100 %/);
    expect(screen.queryByText(/Treat these results with care/)).not.toBeInTheDocument();

    // Score, band, stage, target, gap (max(0, target − score)), completeness, answered.
    expect(tableRow('Strategy')).toEqual([
      '65',
      'B',
      '3 · Systematic',
      '70',
      '5',
      '100 %',
      '5 of 5 (not applicable 0, don’t know 0)',
    ]);
    expect(tableRow('Services')).toEqual([
      '50',
      'B',
      '3 · Systematic',
      '60',
      '10',
      '100 %',
      '1 of 1 (not applicable 0, don’t know 0)',
    ]);

    expect(screen.getByRole('figure', { name: 'Score per area' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Profile across the areas' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Score per area. Horizontal bars from 0 to 100, one per area, with the target marked.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /^Profile across the areas\. .*The dashed line is the target\.$/,
      }),
    ).toBeInTheDocument();
  });

  it('warns when the scores stand on few answers', async () => {
    // Only the level item (1 of 5 scored weights in Strategy) is answered: Strategy 0.75,
    // completeness 0.2; Services shows nothing (its show-if is unmet) so completeness 0.
    // Overall = 0.75 (Services has no score); completeness = (0.2 + 0) / 2 = 10 %.
    const { assessment } = await seedSubmitted({ lvl: value(4) });
    await openResults(assessment.id);

    expect(headlines()).toHaveTextContent(/Overall score\s*75 \/ 100/);
    expect(headlines()).toHaveTextContent(/Completeness\s*10 %/);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Only 10 % of the weight of the questions has a scored answer. Treat these results with care.',
    );
    expect(tableRow('Services').slice(0, 3)).toEqual(['—', '—', '—']);
  });
});
