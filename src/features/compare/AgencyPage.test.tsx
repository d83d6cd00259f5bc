import { screen, within } from '@testing-library/react';
import { findAgencyRow } from '@/domain/compare/agency';
import { twoRoleView } from '@/domain/compare/test-fixtures';
import type { UiLocale } from '@/i18n/catalogs';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedSubmitted, value } from '@/test/seed';
import { AgencyScreen } from './AgencyPage';
import { renderAt } from './test-render';

beforeEach(resetDatabase);

// Figures worked out by hand in src/domain/compare/test-fixtures.ts.
const view = twoRoleView({ a: 0.6, b: 0.5 });

function open(agencyId: string, locale: UiLocale = 'en') {
  const row = findAgencyRow(view, agencyId);
  if (!row) throw new Error(`no agency ${agencyId}`);
  return renderAt(<AgencyScreen view={view} row={row} />, { locale });
}

const texts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('AgencyPage', () => {
  it('shows the combined score per area of a two-role agency', () => {
    open('two');
    expect(screen.getByRole('heading', { level: 1, name: 'Ministry of Justice' })).toHaveFocus();
    expect(
      screen.getByText(
        'Combined from 2 submitted respondents: each question scores the mean of the role means.',
      ),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'Scores of the agency per area (0–100)' });
    expect(texts(within(table).getByRole('row', { name: /^Dimension a/ }))).toEqual([
      '56.3',
      'B',
      '3 · Systematic',
      '60',
      '3.8',
      '100 %',
    ]);
    expect(texts(within(table).getByRole('row', { name: /^Overall/ }))).toEqual([
      '46.9',
      'C',
      '2 · Opportunistic',
      '55',
      '8.1',
      '100 %',
    ]);
  });

  it('tabulates each role’s mean per area', () => {
    open('two');
    const table = screen.getByRole('table', { name: 'Mean per role and area (0–100)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Area', 'Leadership (1 respondent)', 'IT unit (1 respondent)']);
    expect(texts(within(table).getByRole('row', { name: /^Dimension a/ }))).toEqual(['75', '37.5']);
    expect(texts(within(table).getByRole('row', { name: /^Overall/ }))).toEqual(['50', '43.8']);
  });

  it('flags the questions where roles diverge by a level or more, with the spread and each role', () => {
    open('two');
    const table = screen.getByRole('table', {
      name: '2 questions where roles differ by 25 points or more',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Is there a strategy?',
      'Are services online?',
    ]);
    // Area, difference, leadership, IT unit: a1 1.00 vs 0.25; b1 0.25 vs 0.50 (exactly a level).
    expect(rows.map(texts)).toEqual([
      ['Dimension a', '75', '100', '25'],
      ['Dimension b', '25', '25', '50'],
    ]);
  });

  it('shows the question in the reader’s language, marking a text from another language', () => {
    open('two', 'ru');
    const table = screen.getByRole('table', {
      name: '2 вопроса, где роли расходятся на 25 баллов или больше',
    });
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Есть ли стратегия?', 'Are services online? [en]']);
  });

  it('links to each respondent’s own results', () => {
    open('two');
    const list = screen.getByRole('region', { name: 'Respondents' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^Results of Respondent \d+$/),
      expect.stringMatching(/^Results of Respondent \d+$/),
    ]);
    expect(links[0]?.getAttribute('href')).toMatch(/^\/assessments\/assessment-\d+\/results$/);
    expect(list).toHaveTextContent('Leadership, submitted');
    expect(list).toHaveTextContent('IT unit, submitted');
  });

  it('shows no role section for a single respondent', () => {
    open('one');
    expect(screen.getByText('From 1 submitted respondent.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'What each role says' })).not.toBeInTheDocument();
  });

  it('opens from an agency name in the round’s heatmap', async () => {
    const { round } = await seedSubmitted({ lvl: value(4) });
    const { user } = renderRoute(`/rounds/${round.id}`);
    const heatmap = await screen.findByRole('table', { name: /^Scores by agency and area/ });
    await user.click(
      within(heatmap).getByRole('link', { name: 'Ministry of Digital Development' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ministry of Digital Development' }),
    ).toBeVisible();
    expect(screen.getByText(/Status in this round: submitted\./)).toBeVisible();
  });

  it('says so when the agency is not stored', async () => {
    renderRoute('/rounds/no-such-round/agencies/nobody');
    expect(await screen.findByText('This round is not stored on this device.')).toBeVisible();
  });
});
