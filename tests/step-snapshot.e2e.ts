// A reopened draft shows its last step at once, from a picture of it kept on this device,
// and the live step takes over as soon as the app has drawn it. The picture cannot be
// clicked, shows the answers as they were stored, moves nothing when it is replaced, and a
// picture of a draft that has changed since is taken down before the live step is drawn.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { elementTime } from '../scripts/bench-support';
import { startAssessment } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { WizardPage } from './pages/WizardPage';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { DATABASE_NAME, readAssessment } from './support/indexeddb';
import { cumulativeLayoutShift } from './support/layout';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const FIRST = findItem(q, 'lead.digital-strategy').item;
const SECOND = findItem(q, 'lead.responsible-unit').item;
const STEP_TITLE = english(q.dimensions[0]!.title);

/** What happened to the picture on the page: put up, then replaced by the app or dropped. */
type PictureEvent =
  | { event: 'shown'; inert: boolean; heading: string; checked: string[] }
  | { event: 'replaced' | 'dropped' };

declare global {
  interface Window {
    __picture?: PictureEvent[];
  }
}

/** From the first byte of every page `page` opens, records what becomes of the picture. */
async function recordPicture(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: PictureEvent[] = (window.__picture = []);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement) || !node.hasAttribute('data-step-snapshot')) continue;
          log.push({
            event: 'shown',
            inert: node.inert,
            heading: node.querySelector('h1')?.textContent ?? '',
            checked: [...node.querySelectorAll<HTMLInputElement>('input:checked')].map(
              (input) => input.value,
            ),
          });
        }
        for (const node of record.removedNodes) {
          if (!(node instanceof HTMLElement) || !node.hasAttribute('data-step-snapshot')) continue;
          // The app's first drawing replaces the root's content in one go; a dropped
          // picture leaves the root empty until then.
          const root = document.getElementById('root');
          log.push({ event: root?.childElementCount ? 'replaced' : 'dropped' });
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const pictureLog = (page: Page) => page.evaluate(() => window.__picture ?? []);

/** The revision of the picture kept on this device, if any. */
const keptRevision = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('egov.stepSnapshot');
    return raw ? (JSON.parse(raw) as { revision: number }).revision : null;
  });

/** Changes the stored answer to `itemId` to "Yes", as an import would. */
async function changeStoredAnswer(page: Page, id: string, itemId: string): Promise<void> {
  await page.evaluate(
    ({ name, id, itemId }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('assessments', 'readwrite');
          const store = tx.objectStore('assessments');
          const get = store.get(id);
          get.onsuccess = () => {
            const record = get.result as {
              revision: number;
              updatedAt: string;
              answers: Record<string, unknown>;
            };
            const at = new Date().toISOString();
            record.answers[itemId] = { response: { kind: 'value', value: 'yes' }, at };
            record.revision += 1;
            record.updatedAt = at;
            store.put(record);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { name: DATABASE_NAME, id, itemId },
  );
}

describe('a reopened draft shows its last step at once, from a picture of it', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let id = '';

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
    await recordPicture(browser.page);
    id = await startAssessment(browser.page, baseURL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the picture shows the step with its answer, inert, then the live step replaces it', async () => {
    const wizard = new WizardPage(page());
    await wizard.item(english(FIRST.text)).radio('Partly').check();
    await expect
      .poll(async () => (await readAssessment(page(), id)).answers[FIRST.id]?.response, EVENTUALLY)
      .toBeDefined();

    // The assessment's own address, as the home page links it: it resumes at the step.
    await page().goto(`${baseURL}/assessments/${id}`);
    await wizard.waitForStep(1, STEP_TITLE);
    const live = await elementTime(page(), 'first-question');
    await expect.poll(async () => (await pictureLog(page())).length, EVENTUALLY).toBe(2);

    expect(await pictureLog(page())).toEqual([
      { event: 'shown', inert: true, heading: STEP_TITLE, checked: ['partial'] },
      { event: 'replaced' },
    ]);
    // The picture was painted, and before the live question.
    expect(await elementTime(page(), 'first-question-saved', 1000)).toBeLessThanOrEqual(live);
    expect(await page().locator('[data-step-snapshot]').count()).toBe(0);
    expect(await cumulativeLayoutShift(page())).toBeLessThan(0.1);

    // The live step is the one answered and stored.
    expect(await wizard.item(english(FIRST.text)).radio('Partly').isChecked()).toBe(true);
    await wizard.item(english(SECOND.text)).level(2).check();
    await expect
      .poll(async () => (await readAssessment(page(), id)).answers[SECOND.id]?.response, EVENTUALLY)
      .toEqual({ kind: 'value', value: 2 });
  });

  test('a picture of a draft changed since is dropped before the live step is drawn', async () => {
    // The picture of this step, taken after the last answer was stored.
    const stored = await readAssessment(page(), id);
    await expect.poll(() => keptRevision(page()), EVENTUALLY).toBe(stored.revision);

    // Elsewhere (an import, another tab), the first answer becomes "Yes".
    await changeStoredAnswer(page(), id, FIRST.id);
    await page().reload();
    const wizard = new WizardPage(page());
    await wizard.waitForStep(1, STEP_TITLE);
    await expect.poll(async () => (await pictureLog(page())).length, EVENTUALLY).toBe(2);

    // Only the first question is in the picture, as in the live step's first frame.
    expect(await pictureLog(page())).toEqual([
      { event: 'shown', inert: true, heading: STEP_TITLE, checked: ['partial'] },
      { event: 'dropped' },
    ]);
    expect(await wizard.item(english(FIRST.text)).radio('Yes').isChecked()).toBe(true);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
