// The interface in Russian, chosen in "Language": document language, questionnaire texts,
// level labels, number formats, and no accessibility problems on any screen.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { toPercent } from '@/domain/scoring/bands';
import { scoreAssessment } from '@/domain/scoring/score';
import { NEW_ASSESSMENT, TARGET, startAssessment } from './fixtures/new-assessment';
import { findItem, inLanguage, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { StartPage } from './pages/StartPage';
import { escapeRegExp, RU } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const ru = (text: { ru?: string | undefined }) => inLanguage(text, 'ru');
const RESPONSIBLE = findItem(q, 'lead.responsible-unit').item;
const MONITORING = findItem(q, 'lead.kpi-monitoring').item;

describe('the interface in Russian', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let id = '';

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US' });
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('choosing "Русский" in "Language" switches the home page and the document language', async () => {
    await new HomePage(page()).goto(baseURL);
    expect(await new HomePage(page()).documentLanguage()).toBe('en');
    await new HomePage(page()).chooseLanguage('Русский');
    const home = new HomePage(page(), RU);
    await home.waitForHeading(RU.homeTitle);
    expect(await home.documentLanguage()).toBe('ru');
    await expectNoAxeViolations(page(), 'home (ru)');
  });

  test('the start form is in Russian', async () => {
    await new HomePage(page(), RU).startLink.click();
    const start = new StartPage(page(), RU);
    await start.waitForHeading(RU.startTitle);
    expect(await start.documentLanguage()).toBe('ru');
    await expectNoAxeViolations(page(), 'start form (ru)');
    const respondent = { ...NEW_ASSESSMENT.respondent, role: 'ИТ-подразделение' };
    id = await startAssessment(page(), baseURL, { ...NEW_ASSESSMENT, respondent }, RU);
  });

  test('a wizard step shows the area title and the level labels in Russian', async () => {
    const wizard = new WizardPage(page(), RU);
    const leadership = q.dimensions[0];
    if (!leadership || RESPONSIBLE.type !== 'level') throw new Error('unexpected questionnaire');
    await wizard.waitForStep(1, ru(leadership.title));
    expect(await wizard.documentLanguage()).toBe('ru');
    const item = wizard.item(ru(RESPONSIBLE.text));
    for (const level of RESPONSIBLE.levels) {
      const name = new RegExp(`^${level.level} ${escapeRegExp(ru(level.label))} `);
      expect(await item.region.getByRole('radio', { name }).count()).toBe(1);
    }
    await item.level(2).check();
    await wizard.item(ru(MONITORING.text)).level(3).check();
    await expectNoAxeViolations(page(), 'wizard step 1 (ru)');
  });

  test('the review page is in Russian and counts the required questions left', async () => {
    const review = new ReviewPage(page(), RU);
    await review.goto(baseURL, id);
    await review.requiredMissing.waitFor();
    expect(await review.submitButton.isDisabled()).toBe(true);
    await expectNoAxeViolations(page(), 'review (ru)');
  });

  test('the results are in Russian, with a decimal comma', async () => {
    const results = new ResultsPage(page(), RU);
    await results.goto(baseURL, id);
    const targets = Object.fromEntries(q.dimensions.map((d) => [d.id, TARGET / 100]));
    const answers = {
      [RESPONSIBLE.id]: { response: { kind: 'value', value: 2 }, at: '' },
      [MONITORING.id]: { response: { kind: 'value', value: 3 }, at: '' },
    } as const;
    const score = scoreAssessment(q, answers, targets).overall.score;
    if (score === null) throw new Error('no score');
    const shown = new Intl.NumberFormat('ru').format(toPercent(score));
    // Levels 2 and 3 give a fraction (41.7 with the default weights): written "41,7".
    expect(shown).toMatch(/^\d+,\d$/);
    expect(await results.overallScore()).toBe(shown);
    expect(await results.row('Руководство')).toMatchObject({
      Направление: 'Руководство',
      Балл: shown,
    });
    expect(await results.documentLanguage()).toBe('ru');
    await expectNoAxeViolations(page(), 'results (ru)');
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
