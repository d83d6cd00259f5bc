// Issue 5, part 5: the printable reports, printed by Chromium to A4 PDF and read back with
// pdf.js. What is checked is what the paper shows: the names, titles, scores and notes; the
// number of pages; that the radar and the scores table are each on one page (a cut chart
// would leave some of its labels on the next page); that no section heading is the last line
// of a page; and that the heatmap's header row is repeated on every page it continues on.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { rankAgencies } from '@/domain/report/ranking';
import { heatmapRows } from '@/domain/round/heatmap';
import { toPercent } from '@/domain/scoring/bands';
import { scoreAssessment } from '@/domain/scoring/score';
import { reportEn } from '@/i18n/report.en';
import { planAnswers } from './fixtures/answer-plan';
import { followUp, view } from './fixtures/coordinator';
import { AnswerJourney } from './fixtures/journey';
import { NEW_ASSESSMENT, startAssessment } from './fixtures/new-assessment';
import { english, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { ReportPage } from './pages/ReportPage';
import { ResultsPage } from './pages/ResultsPage';
import { RoundScreenPage } from './pages/RoundScreenPage';
import { RoundsPage } from './pages/RoundsPage';
import { WizardPage } from './pages/WizardPage';
import {
  collectErrors,
  launchBrowser,
  type ErrorLog,
  type LaunchedBrowser,
} from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { EVENTUALLY } from './support/eventually';
import { readAssessment, readRound } from './support/indexeddb';
import {
  findPage,
  pageHas,
  piecesBefore,
  piecesBetween,
  readPdf,
  squash,
  strandedHeadings,
  type PdfPage,
} from './support/pdf';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const numberFormat = new Intl.NumberFormat('en');
/** Never on paper: the app's chrome and the report's own toolbar. */
const SCREEN_ONLY = [
  'Skip to main content',
  'Answers are kept only in this browser',
  reportEn['report.print'],
  reportEn['report.backToResults'],
  reportEn['report.backToRound'],
];

/** With REPORT_PDF_DIR set, the printed PDFs are kept there to be looked at. */
async function keep(name: string, pdf: Buffer): Promise<Buffer> {
  const dir = process.env.REPORT_PDF_DIR;
  if (dir) {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, name), pdf);
  }
  return pdf;
}

function withBrowser() {
  let browser: LaunchedBrowser | undefined;
  let errors: ErrorLog | undefined;
  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
    browser.context.setDefaultTimeout(15_000);
    errors = collectErrors(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    page: (): Page => {
      if (!browser) throw new Error('the browser did not start');
      return browser.page;
    },
    errors: () => errors?.errors ?? [],
  };
}

describe('the agency report prints to A4', () => {
  const session = withBrowser();
  const page = () => session.page();
  const journey = new AnswerJourney(q, planAnswers(q));
  const note = journey.plan.find((p) => p.note)?.note ?? '';
  let id = '';
  let pages: PdfPage[] = [];

  test('an assessment answered in three areas, one answer with a note', async () => {
    id = await startAssessment(page(), baseURL);
    const wizard = new WizardPage(page());
    for (let step = 1; step <= 3; step++) {
      if (step > 1) await wizard.next();
      await journey.answerStep(wizard, step);
    }
    expect(note).not.toBe('');
    await expect
      .poll(async () => Object.keys((await readAssessment(page(), id)).answers).length, EVENTUALLY)
      .toBe(journey.given.length);
    expect((await readAssessment(page(), id)).answers['lead.digital-strategy']?.note).toBe(note);
  });

  test('the results page links to the report, which has a print button', async () => {
    const results = new ResultsPage(page());
    await results.goto(baseURL, id);
    await page().getByRole('link', { name: reportEn['report.link'], exact: true }).click();
    const report = new ReportPage(page());
    await report.waitForAgencyReport(NEW_ASSESSMENT.agency.name);
    expect(await report.printButton.isVisible()).toBe(true);
    await page().locator('figure .recharts-surface').waitFor();
    await expectNoAxeViolations(page(), 'agency report (screen)');
    pages = await readPdf(await keep('agency-report.pdf', await report.printToPdf()));
    console.info(`agency report: ${pages.length} A4 pages`);
  });

  test('the PDF is A4 portrait, a few pages long, without the app’s chrome', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(6);
    for (const p of pages) {
      // A4 is 595 × 842 pt.
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    }
    const all = pages.map((p) => p.text).join(' ');
    for (const text of SCREEN_ONLY) expect(squash(all)).not.toContain(squash(text));
  });

  test('it names the agency and shows every area, the overall score and the note', async () => {
    const stored = await readAssessment(page(), id);
    const targets = (await readRound(page(), stored.roundId)).targets[q.id] ?? {};
    const score = scoreAssessment(q, stored.answers, targets);
    const overall = `${numberFormat.format(toPercent(score.overall.score ?? 0))} / 100`;
    const all = { ...pages[0], text: pages.map((p) => p.text).join(' ') } as PdfPage;
    expect(pageHas(pages[0] as PdfPage, NEW_ASSESSMENT.agency.name)).toBe(true);
    expect(pageHas(all, NEW_ASSESSMENT.round.name)).toBe(true);
    expect(pageHas(all, NEW_ASSESSMENT.respondent.name)).toBe(true);
    expect(pageHas(all, overall)).toBe(true);
    for (const d of q.dimensions) expect(pageHas(all, english(d.title))).toBe(true);
    expect(pageHas(all, note)).toBe(true);
  });

  test('the scores table and the radar are each whole on one page', () => {
    const caption = 'Score, band, stage, target and gap per area (0–100)';
    const tablePage = findPage(pages, caption);
    expect(tablePage).toBeDefined();
    const table = squash(
      piecesBetween(tablePage as PdfPage, caption, 'Profile across the areas')
        .map((i) => i.str)
        .join(''),
    );
    for (const d of q.dimensions) expect(table).toContain(squash(english(d.title)));

    const radarPage = findPage(pages, 'Profile across the areas') as PdfPage;
    const figure = piecesBetween(radarPage, 'Profile across the areas');
    const top = figure[0]?.y ?? 0;
    // The chart is 380 CSS px (285 pt) tall: its labels lie within that below the caption.
    const labels = squash(
      figure
        .filter((i) => i.y < top && i.y > top - 310)
        .map((i) => i.str)
        .join(''),
    );
    for (const d of q.dimensions)
      expect(labels).toContain(squash(english(d.shortTitle ?? d.title)));
  });

  test('no section heading is left alone at the bottom of a page', () => {
    const headings = [
      reportEn['report.summaryTitle'],
      reportEn['report.scoresTitle'],
      reportEn['report.gapsTitle'],
      reportEn['report.notesTitle'],
      'Next steps',
      'Action plan',
      ...q.dimensions.map((d) => english(d.title)),
    ];
    expect(strandedHeadings(pages, headings)).toEqual([]);
    expect(session.errors()).toEqual([]);
  });
});

describe('the round summary prints to A4', () => {
  const session = withBrowser();
  const page = () => session.page();
  let pages: PdfPage[] = [];

  test('from the demo data, the round screen links to the summary', async () => {
    const home = new HomePage(page());
    await home.goto(baseURL);
    await page().getByRole('button', { name: 'Explore with demo data', exact: true }).click();
    await new RoundsPage(page()).waitUntilShown();
    await new RoundScreenPage(page()).goto(baseURL, followUp.id, followUp.name);
    await page().getByRole('link', { name: reportEn['report.roundLink'], exact: true }).click();
    const report = new ReportPage(page());
    await report.waitForHeading(reportEn['report.roundTitle'].replace('{round}', followUp.name));
    await expectNoAxeViolations(page(), 'round summary (screen)');
    pages = await readPdf(await keep('round-summary.pdf', await report.printToPdf()));
    console.info(`round summary: ${pages.length} A4 pages`);
  });

  test('it is a few A4 pages, labelled demo, with every agency of the heatmap', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(6);
    const all = { ...pages[0], text: pages.map((p) => p.text).join(' ') } as PdfPage;
    expect(pageHas(pages[0] as PdfPage, followUp.name)).toBe(true);
    expect(pageHas(all, 'Demo data — synthetic.')).toBe(true);
    for (const text of SCREEN_ONLY) expect(squash(all.text)).not.toContain(squash(text));
    const rows = heatmapRows(view);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(pageHas(all, row.name)).toBe(true);
  });

  test('the ranking lists the agencies by overall score, as computed from the same data', () => {
    const ranked = rankAgencies(view);
    const start = pages.findIndex((p) => pageHas(p, reportEn['report.rankingTitle']));
    expect(start).toBeGreaterThanOrEqual(0);
    const text = squash(
      pages
        .slice(start)
        .map((p) => p.text)
        .join(' '),
    );
    let at = text.indexOf(squash(reportEn['report.rankingTitle']));
    for (const agency of ranked) {
      const next = text.indexOf(squash(agency.name), at);
      expect(next, `${agency.rank}. ${agency.name}`).toBeGreaterThan(at);
      at = next;
    }
  });

  test('the heatmap’s header repeats on each page it runs on; no heading stands alone', () => {
    const first = pages.findIndex((p) => pageHas(p, reportEn['report.heatmapCaption']));
    const fragmentation = pages.findIndex((p) => pageHas(p, 'Spread across agencies per area'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(fragmentation).toBeGreaterThanOrEqual(first);
    const lastCode = `D${q.dimensions.length}`;
    for (const p of pages.slice(first + 1, fragmentation + 1)) {
      // What the page shows of the heatmap, before the next section starts.
      const before = piecesBefore(p, 'Fragmentation');
      if (before.length > 0) expect(squash(before.map((i) => i.str).join(''))).toContain(lastCode);
    }
    const headings = [
      'Heatmap',
      'Fragmentation',
      'Gaps to target',
      reportEn['report.rankingTitle'],
    ];
    expect(strandedHeadings(pages, headings)).toEqual([]);
    expect(session.errors()).toEqual([]);
  });
});
