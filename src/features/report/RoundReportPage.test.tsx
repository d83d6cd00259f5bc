import { screen, within } from '@testing-library/react';
import { addAgency } from '@/db/agencies';
import { startAssessment, submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { setHideAgencyNames, setSmallGroupThreshold } from '@/db/privacy';
import type { Response } from '@/domain/records';
import { renderRoute } from '@/test/render';
import { answerDirectly, resetDatabase, seedQuestionnaire, seedRound, value } from '@/test/seed';

beforeEach(resetDatabase);

/**
 * Three agencies submitted, one not started. With the fixture questionnaire (Strategy: lvl,
 * ypn …; Services: the follow-up, shown when ypn is "yes"):
 * Tax: Strategy (1 + 1) / 2 = 100, Services 100 → overall 100, A.
 * Digital: Strategy (0.75 + 1) / 2 = 87.5, Services 50 → overall 68.75 → 68.8, B.
 * Justice: Strategy (0.5 + 0) / 2 = 25, Services none → overall 25, C.
 */
async function seedRoundOfThree() {
  const questionnaire = await seedQuestionnaire();
  const round = await seedRound(questionnaire, { strategy: 0.7, services: 0.6 });
  const answered: [string, Record<string, Response>][] = [
    ['State Tax Service', { lvl: value(5), ypn: value('yes'), 'follow-up': value('yes') }],
    ['Ministry of Justice', { lvl: value(3), ypn: value('no') }],
    [
      'Ministry of Digital Development',
      { lvl: value(4), ypn: value('yes'), 'follow-up': value('partial') },
    ],
  ];
  for (const [name, responses] of answered) {
    const agency = await addAgency({ name, shortName: name.slice(0, 6), kind: 'ministry' });
    const assessment = await startAssessment({
      agencyId: agency.id,
      roundId: round.id,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      respondent: { name: 'Aida', role: 'itUnit' },
    });
    await answerDirectly(assessment.id, responses);
    await submitAssessment(assessment.id);
  }
  await addAgency({ name: 'Audit Chamber', shortName: 'Audit', kind: 'other' });
  return round;
}

const cells = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());

// The first render loads the lazy report screen and recharts: seconds on a busy two-core machine.
describe('RoundReportPage', { timeout: 20_000 }, () => {
  it('shows the round, the heatmap with codes, spread, gaps and the ranking', async () => {
    const round = await seedRoundOfThree();
    renderRoute(`/rounds/${round.id}/report`);
    await screen.findByRole('heading', { level: 1, name: 'Round summary: Baseline 2026' });
    const about = within(screen.getByLabelText('About this report'));
    expect(about.getByText('4 agencies: 3 submitted, 0 in draft, 1 not started.')).toBeVisible();
    expect(about.getByText(/Jan 1, 2026 – Mar 31, 2026/)).toBeVisible();
    expect(screen.queryByText('Demo data — synthetic.')).not.toBeInTheDocument();

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Heatmap',
      'Fragmentation',
      'Gaps to target',
      'Ranking by overall score',
    ]);

    const heatmap = screen.getByRole('table', { name: /^Score per agency and area/ });
    expect(cells(within(heatmap).getAllByRole('row')[0] as HTMLElement)).toEqual([
      'Agency',
      'D1',
      'D2',
      'Overall',
    ]);
    const row = (name: string) => within(heatmap).getByRole('row', { name: new RegExp(name) });
    expect(cells(row('State Tax Service'))).toEqual([
      'State Tax Service',
      '100 A',
      '100 A',
      '100 A',
    ]);
    expect(cells(row('Ministry of Justice'))).toEqual([
      'Ministry of Justice',
      '25 C',
      '—no score',
      '25 C',
    ]);
    expect(cells(row('Round mean'))).toEqual(['Round mean', '70.8 B', '75 A', '64.6 B']);
    const key = screen.getByText('Area codes').parentElement as HTMLElement;
    expect(key).toHaveTextContent('D1Strategy');
    expect(key).toHaveTextContent('D2Services');

    const spread = screen.getByRole('table', {
      name: 'Spread across agencies per area and overall',
    });
    expect(within(spread).getAllByRole('row')).toHaveLength(4);

    const ranking = screen.getByRole('table', { name: /^Agencies with a submitted assessment/ });
    const ranked = within(ranking)
      .getAllByRole('row')
      .slice(1)
      .map((r) => cells(r).slice(0, 4));
    expect(ranked).toEqual([
      ['1', 'State Tax Service', '100', 'A'],
      ['2', 'Ministry of Digital Development', '68.8', 'B'],
      ['3', 'Ministry of Justice', '25', 'C'],
    ]);
  });

  it('labels demo data and shows letters when agency names are hidden', async () => {
    const round = await seedRoundOfThree();
    await db.rounds.update(round.id, { demo: true });
    await setHideAgencyNames(true);
    await setSmallGroupThreshold(1);
    renderRoute(`/rounds/${round.id}/report`);
    expect(await screen.findByText('Demo data — synthetic.')).toBeVisible();
    expect(screen.getByText(/^Agency names are hidden/)).toBeVisible();
    expect(screen.queryByText('State Tax Service')).not.toBeInTheDocument();
    const ranking = screen.getByRole('table', { name: /^Agencies with a submitted assessment/ });
    expect(
      within(ranking)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Agency [A-Z]$/)]));
  });

  it('is linked from the round screen', async () => {
    const round = await seedRoundOfThree();
    renderRoute(`/rounds/${round.id}`);
    expect(await screen.findByRole('link', { name: 'Printable round summary' })).toHaveAttribute(
      'href',
      `/rounds/${round.id}/report`,
    );
  });
});
