/**
 * Journeys on a draft for `npm run bench`: a draft made through the UI as a person makes
 * it, and in-page timers for the moments the app promises to be quick (next step, a click
 * reaching IndexedDB). Timestamps are taken inside the page, on the page's own clock.
 */
import type { Page } from 'playwright-core';
import { NEW_ASSESSMENT, startAssessment } from '../tests/fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from '../tests/fixtures/questionnaire';
import { WizardPage } from '../tests/pages/WizardPage';
import { DATABASE_NAME } from '../tests/support/indexeddb';
import { elementTime } from './bench-support';

const q = loadDefaultQuestionnaire();
const question = (itemId: string) => english(findItem(q, itemId).item.text);

/** An item of step 3 the draft leaves unanswered, for the click-to-IndexedDB timing. */
export const UNANSWERED_ON_STEP_3 = 'infra.network-internet';

/**
 * Starts an assessment through the start form, answers a few items of steps 1 and 2 and
 * moves on to step 3, where the draft is left (its resume place). Returns its id.
 */
export async function createDraftAtStep3(page: Page, baseURL: string): Promise<string> {
  const id = await startAssessment(page, baseURL, NEW_ASSESSMENT);
  const wizard = new WizardPage(page);
  await wizard.item(question('lead.digital-strategy')).radio('Yes').check();
  await wizard.item(question('lead.responsible-unit')).level(3).check();
  await wizard.item(question('lead.kpi-monitoring')).level(2).check();
  await wizard.next();
  await wizard.item(question('proc.document-flow')).level(4).check();
  await wizard.next();
  return id;
}

/** The assessment id in the page's address. */
export function draftId(page: Page): string {
  return new WizardPage(page).assessmentId();
}

/**
 * Opens the draft at its own address (which resumes at the stored step, as the home page
 * links it) and returns milliseconds from navigation start until its first question was
 * painted: `live` once the app drew it and it can be answered; `visible` the first time a
 * person could read it, which is the step's picture from the last visit when the page put
 * one up (`step-snapshot`), else the live question.
 */
export async function timeOpenDraft(
  page: Page,
  baseURL: string,
  id: string,
): Promise<{ visible: number; live: number }> {
  await page.goto(`${baseURL}/assessments/${id}`);
  const live = await elementTime(page, 'first-question', 20_000);
  // Buffered: the picture, if there was one, was painted before the live question.
  const picture = await elementTime(page, 'first-question-saved', 100).catch(() => undefined);
  return { visible: Math.min(picture ?? live, live), live };
}

/**
 * Waits until the step on screen has settled, as it has by the time a person has read it:
 * all its questions drawn, the offline copy of the app installed, and the page idle.
 */
export async function settleStep(page: Page): Promise<void> {
  await new WizardPage(page).waitForAllQuestions();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));
  });
}

/**
 * Clicks "Next" and returns milliseconds from just before the click until the next step's
 * heading (`elementtiming="step-<n+1>"`) was painted. With `settled`, first waits as
 * `settleStep` does; without, clicks while the step may still be drawing its questions.
 */
export async function timeNextStep(page: Page, settled = false): Promise<number> {
  const wizard = new WizardPage(page);
  if (settled) await settleStep(page);
  const step = await wizard.currentStep();
  const next = page.getByRole('button', { name: wizard.texts.next, exact: true });
  // Timestamp and click in one evaluation, so no round trip to the test sits between them.
  const t0 = await next.evaluate((button: HTMLElement) => {
    const now = performance.now();
    button.click();
    return now;
  });
  const painted = await elementTime(page, `step-${step + 1}`, 20_000);
  return painted - t0;
}

/**
 * Clicks level `level` of `itemId` (on the current step) and returns milliseconds until the
 * answer is in IndexedDB, polling with the raw IndexedDB API in a tight loop in the page.
 */
export async function timeClickToStored(page: Page, itemId: string, level = 2): Promise<number> {
  const radio = new WizardPage(page).item(question(itemId)).level(level);
  await radio.waitFor();
  return radio.evaluate(
    (input: HTMLElement, { name, assessmentId, itemId }) =>
      new Promise<number>((resolve, reject) => {
        // The connection is opened first: its cost is not the app's.
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(`cannot open ${name}`));
        open.onsuccess = () => {
          const db = open.result;
          const deadline = performance.now() + 10_000;
          const t0 = performance.now();
          input.click();
          const poll = (): void => {
            const get = db.transaction('assessments').objectStore('assessments').get(assessmentId);
            get.onerror = () => reject(new Error(`cannot read assessment ${assessmentId}`));
            get.onsuccess = () => {
              const stored: unknown = get.result;
              const answers =
                typeof stored === 'object' && stored !== null && 'answers' in stored
                  ? (stored.answers as Record<string, { response?: unknown } | undefined>)
                  : {};
              if (answers[itemId]?.response !== undefined) {
                const t1 = performance.now();
                db.close();
                resolve(t1 - t0);
              } else if (performance.now() > deadline) {
                db.close();
                reject(new Error(`${itemId} was not stored within 10 s`));
              } else {
                poll();
              }
            };
          };
          poll();
        };
      }),
    { name: DATABASE_NAME, assessmentId: draftId(page), itemId },
  );
}
