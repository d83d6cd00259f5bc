// The same draft open in two tabs: answers show up in the other tab by themselves, and an
// edit made on top of an answer the tab never saw is not written over it silently.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startAssessment } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { WizardPage } from './pages/WizardPage';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { holdWriteLock, readAssessment } from './support/indexeddb';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const ITEM_ID = 'lead.responsible-unit';
const QUESTION = english(findItem(q, ITEM_ID).item.text);
const NOTE_A = 'Tab A: order No. 7 of 12 May 2025 names the CIO.';

describe('one draft in two tabs', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let id = '';
  let tabA: WizardPage;
  let tabB: WizardPage;

  const stored = async () => (await readAssessment(tabB.page, id)).answers[ITEM_ID];

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(10_000);
    id = await startAssessment(watch.attach(browser.page), baseURL);
    tabA = new WizardPage(browser.page);
    tabB = new WizardPage(watch.attach(await browser.context.newPage()));
    await tabB.goto(baseURL, id, 1);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an answer given in tab A shows in tab B without a reload', async () => {
    await tabA.item(QUESTION).level(2).check();
    await expect.poll(() => tabB.item(QUESTION).level(2).isChecked(), EVENTUALLY).toBe(true);
    expect(await tabB.conflict.count()).toBe(0);
  });

  test('tab B answers while tab A still holds a typed note: tab A says "Changed in another window"', async () => {
    // Both writes queue behind a held transaction, so tab B's lands first whatever the timing:
    // tab B's click is written at once, tab A's typing only 300 ms after the last keystroke.
    const lock = await holdWriteLock(tabB.page, 'assessments');
    await tabB.item(QUESTION).level(4).check();
    await expect.poll(() => tabB.saveState(), EVENTUALLY).toBe('saving');
    await tabA.item(QUESTION).note.fill(NOTE_A);
    await expect.poll(() => tabA.saveState(), EVENTUALLY).toBe('saving');
    await lock.release();

    await tabA.conflict.waitFor();
    // What is stored, and what tab A now shows, is tab B's answer.
    const theirs = await stored();
    expect(theirs?.response).toEqual({ kind: 'value', value: 4 });
    expect(theirs?.note).toBeUndefined();
    expect(await tabA.item(QUESTION).level(4).isChecked()).toBe(true);
    expect(await tabA.item(QUESTION).note.inputValue()).toBe('');
  });

  test('"Use my answer" stores tab A’s answer and note, and tab B shows them', async () => {
    await tabA.useMyAnswer();
    await expect
      .poll(stored, EVENTUALLY)
      .toMatchObject({ response: { kind: 'value', value: 2 }, note: NOTE_A });
    expect(await tabA.conflict.count()).toBe(0);
    expect(await tabA.item(QUESTION).note.inputValue()).toBe(NOTE_A);
    await expect.poll(() => tabB.item(QUESTION).note.inputValue(), EVENTUALLY).toBe(NOTE_A);
    expect(await tabB.item(QUESTION).level(2).isChecked()).toBe(true);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
