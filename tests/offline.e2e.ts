// After one visit online the app works with the network off (the browser context offline): it
// opens from the service worker's cache at the draft's step, answers are still stored, other
// screens open. Every request of the whole test stays on the app's own origin, and nothing
// fails loudly while offline.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { NEW_ASSESSMENT, startAssessment } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { EN } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import {
  collectErrors,
  launchBrowser,
  recordRequests,
  type ErrorLog,
  type LaunchedBrowser,
  type RequestLog,
} from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { readAssessment } from './support/indexeddb';
import { waitForOfflineReady, waitForServiceWorkerControl } from './support/service-worker';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const question = (id: string) => english(findItem(q, id).item.text);
const title = (step: number) => english(q.dimensions[step - 1]?.title ?? {});

describe('offline after the first visit', () => {
  let browser: LaunchedBrowser | undefined;
  let requests: RequestLog;
  let errors: ErrorLog;
  let id = '';
  /** Requests that got no response: offline, any would be the app reaching for the network. */
  const failed: string[] = [];

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };
  const storedCount = async () => Object.keys((await readAssessment(page(), id)).answers).length;
  const online = () => page().evaluate(() => navigator.onLine);

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US' });
    browser.context.setDefaultTimeout(10_000);
    requests = recordRequests(browser.page);
    errors = collectErrors(browser.page);
    browser.context.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'failed';
      // Cancelled because the test opened another address meanwhile: nothing went to the network.
      if (reason === 'net::ERR_ABORTED') return;
      failed.push(`${request.url()}: ${reason}`);
    });
  });

  afterAll(async () => {
    await browser?.context.setOffline(false).catch(() => undefined);
    await browser?.close();
  });

  test(
    'the first visit installs the service worker, says so, and it then controls the page',
    { timeout: 180_000 },
    async () => {
      const home = new HomePage(page());
      await home.goto(baseURL);
      await waitForOfflineReady(page(), home.prompt(EN.offlineReady));
      await waitForServiceWorkerControl(page());
      await home.waitForHeading(EN.homeTitle);
    },
  );

  test('online: starts a draft, answers two questions on step 1 and one on step 2', async () => {
    id = await startAssessment(page(), baseURL);
    const wizard = new WizardPage(page());
    await wizard.item(question('lead.digital-strategy')).radio('Yes').check();
    await wizard.item(question('lead.responsible-unit')).level(3).check();
    await wizard.next();
    await wizard.item(question('proc.document-flow')).level(2).check();
    await expect.poll(storedCount, EVENTUALLY).toBe(3);
  });

  test('offline: a reload opens the app at the same step with every answer', async () => {
    await page().context().setOffline(true);
    await page().reload();
    const wizard = new WizardPage(page());
    await wizard.waitForStep(2, title(2));
    expect(await online()).toBe(false);
    expect(new URL(page().url()).pathname).toBe(`/assessments/${id}/step/2`);
    expect(await wizard.item(question('proc.document-flow')).level(2).isChecked()).toBe(true);
    expect(await page().evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  test('offline: answering goes on and is stored; the previous step still shows its answers', async () => {
    const wizard = new WizardPage(page());
    await wizard.item(question('proc.hr-records')).level(4).check();
    await wizard.item(question('proc.paperless-share')).value.fill('35');
    await expect.poll(storedCount, EVENTUALLY).toBe(5);
    const stored = (await readAssessment(page(), id)).answers;
    expect(stored['proc.hr-records']?.response).toEqual({ kind: 'value', value: 4 });
    expect(stored['proc.paperless-share']?.response).toEqual({ kind: 'value', value: 35 });

    await wizard.previous();
    await wizard.waitForHeading(title(1));
    expect(await wizard.item(question('lead.digital-strategy')).radio('Yes').isChecked()).toBe(
      true,
    );
    expect(await wizard.item(question('lead.responsible-unit')).level(3).isChecked()).toBe(true);
  });

  test('offline: the review and the results open, by link and by address', async () => {
    await new WizardPage(page()).stepLink(EN.toReview).click();
    const review = new ReviewPage(page());
    await review.waitForHeading(EN.reviewTitle);
    await review.requiredMissing.waitFor();

    // A full page load of another address: served by the service worker too.
    const results = new ResultsPage(page());
    await results.goto(baseURL, id);
    await results.table.waitFor();
    expect(await results.overallScore()).toMatch(/^\d+(\.\d+)?$/);

    const home = new HomePage(page());
    await home.goto(baseURL);
    await home.drafts.first().waitFor();
    expect(await home.drafts.count()).toBe(1);
    expect(await online()).toBe(false);
  });

  test('offline: a reopened draft continues where it was left, and stays stored', async () => {
    const home = new HomePage(page());
    await home.continueDraft(NEW_ASSESSMENT.agency.name, NEW_ASSESSMENT.round.name);
    const wizard = new WizardPage(page());
    // The last step open on this device was step 1 (before the review).
    await wizard.waitForStep(1, title(1));
    await wizard.item(question('lead.kpi-monitoring')).level(2).check();
    await expect.poll(storedCount, EVENTUALLY).toBe(6);
  });

  test('logged no errors, and requested nothing outside its own origin, online or offline', () => {
    expect(errors.errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
