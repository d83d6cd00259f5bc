import { screen, within } from '@testing-library/react';
import { addAction } from '@/db/actions';
import { submitAssessment } from '@/db/assessments';
import { renderRoute } from '@/test/render';
import { answerDirectly, resetDatabase, seedDraft, value } from '@/test/seed';

beforeEach(resetDatabase);

/** The fixture questionnaire answered as in ResultsPage.test, with notes on two items. */
async function seedWithNotes() {
  const seeded = await seedDraft({ targets: { strategy: 0.7, services: 0.6 } });
  await answerDirectly(seeded.assessment.id, {
    lvl: { response: value(4), note: 'Order No. 15 of 3 March 2026' },
    ypn: value('yes'),
    pct: value(40),
    cho: value('unit'),
    num: value(10),
    'follow-up': { response: value('partial'), note: '  Funded until 2027  ' },
  });
  await submitAssessment(seeded.assessment.id);
  return seeded;
}

function rowOf(table: HTMLElement, area: string) {
  const row = within(table).getByRole('rowheader', { name: area }).closest('tr');
  if (!row) throw new Error(`no row for ${area}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

// The first render loads the lazy report screen and recharts: seconds on a busy two-core machine.
describe('AgencyReportPage', { timeout: 20_000 }, () => {
  it('shows who, when, the scores with targets and gaps, the radar, next steps and the notes', async () => {
    const { assessment } = await seedWithNotes();
    renderRoute(`/assessments/${assessment.id}/report`);
    await screen.findByRole('heading', {
      level: 1,
      name: 'E-governance readiness report: Ministry of Digital Development',
    });
    const about = within(screen.getByLabelText('About this report'));
    expect(about.getByText('Baseline 2026')).toBeVisible();
    expect(about.getByText('Aida (IT unit)')).toBeVisible();
    expect(about.getByText(/^Submitted /)).toBeVisible();

    // Strategy 65 (target 70, gap 5), Services 50 (target 60, gap 10); overall 57.5, B, 3.
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('Overall score57.5 / 100');
    expect(summary).toHaveTextContent('BandB · high');
    expect(summary).toHaveTextContent('Stage3 · Systematic');
    const table = screen.getByRole('table', {
      name: 'Score, band, stage, target and gap per area (0–100)',
    });
    expect(rowOf(table, 'Strategy')).toEqual(['65', 'B', '3 · Systematic', '70', '5', '100 %']);
    expect(rowOf(table, 'Services')).toEqual(['50', 'B', '3 · Systematic', '60', '10', '100 %']);
    expect(screen.getByRole('figure', { name: 'Profile across the areas' })).toBeInTheDocument();

    // Services first: priority = weight × gap = 0.1 against Strategy's 0.05.
    const gaps = screen.getByRole('region', { name: 'Gaps to target' });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Services: 50 against a target of 60, 10 points below.',
      'Strategy: 65 against a target of 70, 5 points below.',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Next steps' })).toBeVisible();

    const notes = screen.getByRole('region', { name: 'Notes and evidence' });
    expect(
      within(notes)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Strategy', 'Services']);
    expect(within(notes).getByText('How mature is it?')).toBeVisible();
    expect(within(notes).getByText('Order No. 15 of 3 March 2026')).toBeVisible();
    expect(within(notes).getByText('Funded until 2027')).toBeVisible();

    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the results' })).toHaveAttribute(
      'href',
      `/assessments/${assessment.id}/results`,
    );
  });

  it('prints with window.print and lists the action plan', async () => {
    const { assessment, questionnaire } = await seedWithNotes();
    await addAction({
      agencyId: assessment.agencyId,
      roundId: assessment.roundId,
      questionnaireId: questionnaire.id,
      dimensionId: 'services',
      what: 'Put the licence service online',
      who: 'IT unit',
      due: '2026-09-30',
      status: 'planned',
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderRoute(`/assessments/${assessment.id}/report`);
    const plan = await screen.findByRole('region', { name: 'Action plan' });
    expect(await within(plan).findByText('Put the licence service online')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says so when there are no notes and no targets, in Russian', async () => {
    const seeded = await seedDraft();
    await answerDirectly(seeded.assessment.id, { lvl: value(2) });
    renderRoute(`/assessments/${seeded.assessment.id}/report`, { locale: 'ru' });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Отчёт о готовности к электронному управлению: Ministry of Digital Development',
    });
    expect(screen.getByText('Примечаний и подтверждений нет.')).toBeVisible();
    expect(screen.getByText(/Черновик, последнее изменение/)).toBeVisible();
  });

  it('is linked from the results page', async () => {
    const { assessment } = await seedWithNotes();
    renderRoute(`/assessments/${assessment.id}/results`);
    expect(await screen.findByRole('link', { name: 'Printable report' })).toHaveAttribute(
      'href',
      `/assessments/${assessment.id}/report`,
    );
  });
});
