// Answers survive the browser being killed outright (SIGKILL: no unload, no flush): a click is
// stored at once, typed text within 500 ms of the last keystroke.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { NEW_ASSESSMENT, startAssessment } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { WizardPage } from './pages/WizardPage';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const QUESTION = english(findItem(q, 'lead.responsible-unit').item.text);
const NOTE = 'Order No. 7 of 12 May 2025 makes the deputy minister responsible for ICT.';

describe('answers survive a browser crash', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  /** SIGKILLs the browser, starts it again on the same profile and opens the draft. */
  async function crashAndReopen(): Promise<WizardPage> {
    if (!browser) throw new Error('the browser did not start');
    await browser.kill();
    await browser.relaunch();
    browser.context.setDefaultTimeout(10_000);
    watch.attach(page());
    const home = new HomePage(page());
    await home.goto(baseURL);
    await home.continueDraft(NEW_ASSESSMENT.agency.name, NEW_ASSESSMENT.round.name);
    const wizard = new WizardPage(page());
    await wizard.waitForStep(1);
    return wizard;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
    await startAssessment(browser.page, baseURL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a level clicked 150 ms before the crash is there after it', async () => {
    await new WizardPage(page()).item(QUESTION).level(3).check();
    await sleep(150);
    const wizard = await crashAndReopen();
    expect(await wizard.item(QUESTION).level(3).isChecked()).toBe(true);
  });

  test('a note typed 500 ms before the crash is there after it', async () => {
    await new WizardPage(page()).item(QUESTION).note.pressSequentially(NOTE, { delay: 10 });
    await sleep(500);
    const wizard = await crashAndReopen();
    expect(await wizard.item(QUESTION).note.inputValue()).toBe(NOTE);
    expect(await wizard.item(QUESTION).level(3).isChecked()).toBe(true);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
