// An agency records an action against a gap on its results page: it is stored at once (still
// there after a reload), travels in the exported file, and a fresh browser profile imports it.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startAssessment } from './fixtures/new-assessment';
import { english, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { ActionPlanSection } from './pages/ActionPlanSection';
import { dumpStore, ExchangePages } from './pages/ExchangePages';
import { ResultsPage } from './pages/ResultsPage';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { horizontalOverflow } from './support/layout';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const first = q.dimensions[0];
// Shown on the first step whatever else is answered (no show-if).
const levelItem = first?.items.find((item) => item.type === 'level' && !item.showIf);
if (!first || !levelItem) throw new Error('the first area has a level question');
const AREA = english(first.shortTitle ?? first.title);
const ACTION = {
  what: 'Approve the digital transformation plan',
  who: 'Deputy minister',
  due: '2026-09-30',
};

describe('an action plan is stored, survives a reload and travels in a file', () => {
  let a: LaunchedBrowser | undefined;
  let b: LaunchedBrowser | undefined;
  let id = '';
  let exported = { name: '', text: '' };

  const pageOf = (browser: LaunchedBrowser | undefined): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    a = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
    b = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
    for (const browser of [a, b]) browser.context.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  test('the results page lists the area below its target and stores a new action', async () => {
    const page = pageOf(a);
    id = await startAssessment(page, baseURL);
    // The first question at level 1 scores the area 0, against the prefilled target of 60.
    const wizard = new WizardPage(page);
    await wizard.item(english(levelItem.text)).level(1).check();
    await expect.poll(() => wizard.saveState()).toBe('saved');
    await new ResultsPage(page).goto(baseURL, id);

    const plan = new ActionPlanSection(page);
    await expect.poll(() => plan.area(AREA).innerText()).toContain('Score 0 · target 60 · gap 60');
    // Nothing given: the form says what is missing and stores nothing.
    await plan
      .area(AREA)
      .getByRole('button', { name: `Add an action for ${AREA}` })
      .click();
    await plan.area(AREA).getByRole('button', { name: 'Save the action' }).click();
    await plan.area(AREA).getByRole('alert').waitFor();
    expect(await plan.area(AREA).getByLabel('What will be done').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectNoAxeViolations(page, 'results with the action form showing problems (en)');
    await plan.area(AREA).getByRole('button', { name: 'Cancel' }).click();

    await plan.add(AREA, ACTION);
    await plan.status(ACTION.what).selectOption({ label: 'In progress' });
    await plan.region.getByText(`The status of “${ACTION.what}” is now: In progress.`).waitFor();
    expect(await dumpStore(page, 'actions')).toEqual([
      expect.objectContaining({ ...ACTION, dimensionId: first.id, status: 'inProgress' }),
    ]);
  });

  test('the action is still there after a reload', async () => {
    const page = pageOf(a);
    await page.reload();
    const plan = new ActionPlanSection(page);
    await plan.area(AREA).getByText(ACTION.what, { exact: true }).waitFor();
    expect(await plan.status(ACTION.what).inputValue()).toBe('inProgress');
  });

  test('the action plan passes axe in Kyrgyz and Russian; its form fits a 360 px screen', async () => {
    const page = pageOf(a);
    for (const locale of ['ky', 'ru']) {
      await page.evaluate((l) => localStorage.setItem('egov.locale', l), locale);
      await page.reload();
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      await page.getByText(ACTION.what, { exact: true }).waitFor();
      await expectNoAxeViolations(page, `results with an action plan (${locale})`);
    }
    // On a 360 px phone, in Kyrgyz (the longest texts), the open form fits the screen.
    await page.evaluate(() => localStorage.setItem('egov.locale', 'ky'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('button', { name: `«${ACTION.what}» өзгөртүү` }).click();
    await page.getByRole('button', { name: 'Иш-аракетти сактоо' }).waitFor();
    const overflow = await horizontalOverflow(page);
    expect(overflow.culprits).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => localStorage.setItem('egov.locale', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  });

  test('the exported file carries it, and a fresh profile imports it', async () => {
    const pageA = pageOf(a);
    await pageA.getByRole('link', { name: 'Export this assessment' }).click();
    const exchangeA = new ExchangePages(pageA);
    await pageA.getByRole('heading', { level: 1, name: 'Export results' }).waitFor();
    exported = await exchangeA.export();
    const file = JSON.parse(exported.text) as {
      formatVersion: number;
      content: { actions?: unknown[] };
    };
    expect(file.formatVersion).toBe(2);
    expect(file.content.actions).toEqual([expect.objectContaining(ACTION)]);

    const pageB = pageOf(b);
    const exchangeB = new ExchangePages(pageB);
    await exchangeB.gotoImport(baseURL);
    await exchangeB.pick([exported]);
    const card = exchangeB.card(exported.name);
    await card.getByText(/To add: 4/).waitFor();
    await card
      .getByText(`Action: ${'Ministry of Digital Development'} · ${ACTION.what} — to add`)
      .waitFor();
    await exchangeB.confirm.click();
    await pageB.getByText(/^Imported\./).waitFor();

    expect(await dumpStore(pageB, 'actions')).toEqual(await dumpStore(pageA, 'actions'));
    await new ResultsPage(pageB).goto(baseURL, id);
    const plan = new ActionPlanSection(pageB);
    await plan.area(AREA).getByText(ACTION.what, { exact: true }).waitFor();
    expect(await plan.status(ACTION.what).inputValue()).toBe('inProgress');
  });
});
