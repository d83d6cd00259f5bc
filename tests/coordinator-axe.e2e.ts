// WCAG 2.1 AA by axe on the coordinator's and the trainer's screens (rounds list, round screen,
// targets form, comparison, agency, trends, round summary, presentation) and on a demo agency's
// results and report, with the demo data loaded, in each interface language, chosen with the
// "Language" select as a person would.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { agencyId, COMPARED, demo, followUp, MULTI_ROLE, q } from './fixtures/coordinator';
import { AgencyDetailPage } from './pages/AgencyDetailPage';
import { ComparePage } from './pages/ComparePage';
import { COORDINATOR_TEXTS } from './pages/coordinator-texts';
import { HomePage } from './pages/HomePage';
import { RoundScreenPage } from './pages/RoundScreenPage';
import { RoundsPage } from './pages/RoundsPage';
import { LANGUAGE_NAMES, TEXTS, type UiLanguage } from './pages/texts';
import { TrendsPage } from './pages/TrendsPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const LANGUAGES = ['ky', 'ru', 'en'] as const satisfies readonly UiLanguage[];

describe.each(LANGUAGES)('the coordinator’s screens pass axe in "%s"', (lang) => {
  const texts = TEXTS[lang];
  const coordinator = COORDINATOR_TEXTS[lang];
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    // The browser speaks another language than the one tested: the "Language" select switches.
    browser = await launchBrowser({
      locale: lang === 'en' ? 'ru-RU' : 'en-US',
      serviceWorkers: 'block',
    });
    browser.context.setDefaultTimeout(15_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the rounds list', async () => {
    const initial = lang === 'en' ? TEXTS.ru : TEXTS.en;
    await new HomePage(page(), initial).goto(baseURL);
    await new HomePage(page(), initial).chooseLanguage(LANGUAGE_NAMES[lang]);
    await new HomePage(page(), texts).waitForHeading(texts.homeTitle);
    await page().getByRole('button', { name: coordinator.loadDemo, exact: true }).click();
    const rounds = new RoundsPage(page(), texts, coordinator);
    await rounds.waitUntilShown();
    await rounds.trendsLink.waitFor();
    await expectNoAxeViolations(page(), `rounds list (${lang})`);
  });

  test('the round screen, with every section drawn', async () => {
    await new RoundsPage(page(), texts, coordinator).round(followUp.name).click();
    const round = new RoundScreenPage(page(), texts, coordinator);
    await round.waitForHeading(followUp.name);
    await round.reading();
    await expectNoAxeViolations(page(), `round screen (${lang})`);
  });

  test('the targets form', async () => {
    await new RoundScreenPage(page(), texts, coordinator).openTargets();
    await page().getByRole('button', { name: coordinator.saveTargets, exact: true }).waitFor();
    await expectNoAxeViolations(page(), `targets form (${lang})`);
  });

  test('the comparison of three agencies', async () => {
    const ids = COMPARED.map(agencyId).join(',');
    await page().goto(`${baseURL}/rounds/${followUp.id}/compare?agencies=${ids}`);
    const compare = new ComparePage(page(), texts, coordinator);
    await compare.waitUntilShown();
    await compare.table.waitFor();
    await compare.radar.waitFor();
    await expectNoAxeViolations(page(), `compare (${lang})`);
  });

  test('an agency with several respondents', async () => {
    await page().goto(`${baseURL}/rounds/${followUp.id}/agencies/${agencyId(MULTI_ROLE)}`);
    const agency = new AgencyDetailPage(page(), texts, coordinator);
    await agency.waitUntilShown(MULTI_ROLE);
    await agency.roleMeans.waitFor();
    await expectNoAxeViolations(page(), `agency (${lang})`);
  });

  test('the trends', async () => {
    await new TrendsPage(page(), texts, coordinator).goto(baseURL);
    await expectNoAxeViolations(page(), `trends (${lang})`);
  });

  test('the printable round summary', async () => {
    await page().goto(`${baseURL}/rounds/${followUp.id}/report`);
    await page().locator('main h1').waitFor();
    await page().locator('main table').first().waitFor();
    await expectNoAxeViolations(page(), `round summary (${lang})`);
  });

  test('the presentation, on the first area’s slide', async () => {
    await page().goto(`${baseURL}/rounds/${followUp.id}/present`);
    const heading = page().getByRole('heading', { level: 1 });
    await heading.waitFor();
    const title = await heading.innerText();
    // Title → context → the first area.
    await page().keyboard.press('ArrowRight');
    await expect.poll(() => heading.innerText()).not.toBe(title);
    const context = await heading.innerText();
    await page().keyboard.press('ArrowRight');
    await expect.poll(() => heading.innerText()).not.toBe(context);
    await page().locator('.present__slide svg').first().waitFor();
    await expectNoAxeViolations(page(), `presentation, area slide (${lang})`);
  });

  // A submitted core assessment of the follow-up: its results list the modules and the
  // baseline's action plan beside what moved.
  const results = demo.assessments.find(
    (a) =>
      a.roundId === followUp.id &&
      a.agencyId === agencyId(MULTI_ROLE) &&
      a.questionnaire.id === q.id &&
      a.status === 'submitted',
  );

  test('an agency’s results, with its action plan and modules', async () => {
    if (!results) throw new Error('no submitted follow-up assessment in the demo data');
    await page().goto(`${baseURL}/assessments/${results.id}/results`);
    await page().locator('main h1').waitFor();
    await page().locator('main table').first().waitFor();
    await expectNoAxeViolations(page(), `results (${lang})`);
  });

  test('that agency’s printable report', async () => {
    if (!results) throw new Error('no submitted follow-up assessment in the demo data');
    await page().goto(`${baseURL}/assessments/${results.id}/report`);
    await page().locator('main h1').waitFor();
    await page().locator('main table').first().waitFor();
    await expectNoAxeViolations(page(), `agency report (${lang})`);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
