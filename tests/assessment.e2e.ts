// The whole journey in English from an empty browser profile: start, answer every step,
// survive a reload, resume from the home page, review, submit, read the results, reopen.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { toPercent } from '@/domain/scoring/bands';
import { scoreAssessment } from '@/domain/scoring/score';
import { planAnswers } from './fixtures/answer-plan';
import { AnswerJourney } from './fixtures/journey';
import { NEW_ASSESSMENT, TARGET } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { StartPage } from './pages/StartPage';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import {
  collectErrors,
  launchBrowser,
  recordRequests,
  type ErrorLog,
  type LaunchedBrowser,
  type RequestLog,
} from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { readAssessment, readRound } from './support/indexeddb';
import { cumulativeLayoutShift } from './support/layout';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const { agency, round } = NEW_ASSESSMENT;
/** Hidden by the planned answer to svc.sophistication ("one-way"). */
const HIDDEN = findItem(q, 'svc.e-signature').item;
const numberFormat = new Intl.NumberFormat('en');

describe('a self-assessment from an empty profile to its results, in English', () => {
  let browser: LaunchedBrowser | undefined;
  let errors: ErrorLog;
  let requests: RequestLog;
  let id = '';
  const journey = new AnswerJourney(q, planAnswers(q));
  /** The round's targets as stored, per dimension id; read after the start form. */
  let targets: Record<string, number> = {};

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  /** Answers step `step` as planned; show-if items appear as their condition is met. */
  async function answerStep(wizard: WizardPage, step: number): Promise<void> {
    const visible = await journey.answerStep(wizard, step);
    expect(await wizard.questions.count()).toBe(visible.length);
  }

  /** Resolves once every answer given so far is in IndexedDB. */
  async function expectAllStored(): Promise<void> {
    await expect
      .poll(async () => Object.keys((await readAssessment(page(), id)).answers).length, EVENTUALLY)
      .toBe(journey.given.length);
  }

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US' });
    browser.context.setDefaultTimeout(10_000);
    requests = recordRequests(browser.page);
    errors = collectErrors(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the home page offers a start and lists no drafts yet', async () => {
    const home = new HomePage(page());
    await home.goto(baseURL);
    expect(await home.drafts.count()).toBe(0);
    await expectNoAxeViolations(page(), 'home (en)');
    await home.startLink.click();
  });

  test('starts an assessment of a new agency in a new round, targets prefilled with 60', async () => {
    const start = new StartPage(page());
    await start.waitForHeading(start.texts.startTitle);
    await start.fill(NEW_ASSESSMENT);
    const areas = q.dimensions.map((d) => english(d.title));
    expect(await start.targets(areas)).toEqual(areas.map(() => String(TARGET)));
    await expectNoAxeViolations(page(), 'start form (en)');
    id = await start.start();
    const { roundId } = await readAssessment(page(), id);
    targets = (await readRound(page(), roundId)).targets[q.id] ?? {};
    expect(targets).toEqual(Object.fromEntries(q.dimensions.map((d) => [d.id, TARGET / 100])));
  });

  test('answers every visible item of steps 1–4', async () => {
    const wizard = new WizardPage(page());
    // A typed value out of range is refused on screen and not stored.
    const typed = wizard.item(english(findItem(q, 'proc.paperless-share').item.text));
    for (let step = 1; step <= 4; step++) {
      if (step > 1) await wizard.next();
      if (step === 2) {
        await typed.value.fill('120');
        expect(await typed.error.innerText()).toBe('Enter a number from 0 to 100. Not saved yet.');
      }
      await answerStep(wizard, step);
      if (step === 2) expect(await typed.error.count()).toBe(0);
      if (step === 1) await expectNoAxeViolations(page(), 'wizard step 1 (en)');
    }
    await expectAllStored();
  });

  test('after a reload the page is still on step 4 and shows every answer given', async () => {
    const wizard = new WizardPage(page());
    await page().reload();
    await wizard.waitForStep(4, english(q.dimensions[3]?.title ?? {}));
    expect(new URL(page().url()).pathname).toBe(`/assessments/${id}/step/4`);
    expect(await journey.differencesOnStep(wizard, 4)).toEqual([]);
    // The questions appear where they stay: nothing jumps while the step opens.
    expect(await cumulativeLayoutShift(page())).toBeLessThan(0.1);
    for (const step of [1, 2, 3, 4]) {
      await wizard.goToStep(step, english(q.dimensions[step - 1]?.shortTitle ?? {}));
      expect(await journey.differencesOnStep(wizard, step)).toEqual([]);
    }
  });

  test('"Continue a draft" on the home page opens the draft at step 4', async () => {
    const home = new HomePage(page());
    await home.goto(baseURL);
    await expectNoAxeViolations(page(), 'home with a draft (en)');
    await home.continueDraft(agency.name, round.name);
    await new WizardPage(page()).waitForStep(4);
    expect(new URL(page().url()).pathname).toBe(`/assessments/${id}/step/4`);
  });

  test('answers every visible item of steps 5–9; hidden show-if items are not shown', async () => {
    const wizard = new WizardPage(page());
    for (let step = 5; step <= 9; step++) {
      await wizard.next();
      await answerStep(wizard, step);
      if (step === 5) expect(await wizard.item(english(HIDDEN.text)).region.count()).toBe(0);
    }
    await wizard.toReview();
    await expectAllStored();
  });

  test('review: every question answered, nothing required missing, hidden items not asked', async () => {
    const review = new ReviewPage(page());
    await review.allAnswered.waitFor();
    expect(await review.requiredMissing.count()).toBe(0);
    expect(await review.unansweredLink(english(HIDDEN.text)).count()).toBe(0);
    expect(await review.submitButton.isEnabled()).toBe(true);
    await expectNoAxeViolations(page(), 'review (en)');
  });

  test('stores exactly the answers given', async () => {
    const stored = (await readAssessment(page(), id)).answers;
    const withoutTimes = Object.fromEntries(
      Object.entries(stored).map(([itemId, { at: _at, ...rest }]) => [itemId, rest]),
    );
    const expected = Object.fromEntries(
      Object.entries(journey.answers()).map(([itemId, { at: _at, ...rest }]) => [itemId, rest]),
    );
    expect(withoutTimes).toEqual(expected);
  });

  test('submits; the overall score is the one scoreAssessment computes', async () => {
    const review = new ReviewPage(page());
    await review.submit();
    const results = new ResultsPage(page());
    const score = scoreAssessment(q, journey.answers(), targets);
    expect(score.overall.score).not.toBeNull();
    const expected = numberFormat.format(toPercent(score.overall.score ?? 0));
    expect(await results.overallScore()).toBe(expected);
    await expectNoAxeViolations(page(), 'results (en)');
  });

  test('the results table shows Leadership’s score, band, target and counts', async () => {
    const results = new ResultsPage(page());
    const leadership = scoreAssessment(q, journey.answers(), targets).dimensions[0];
    if (!leadership?.score || leadership.gap === undefined) throw new Error('no Leadership score');
    expect(await results.row('Leadership')).toMatchObject({
      Area: 'Leadership',
      Score: numberFormat.format(toPercent(leadership.score)),
      Band: leadership.band,
      Target: String(TARGET),
      'Gap to target': numberFormat.format(toPercent(leadership.gap)),
      // lead.strategy-alignment is shown (strategy "partly"); lead.ict-budget is N/A.
      Answered: '5 of 6 (not applicable 1, don’t know 0)',
    });
  });

  test('a submitted assessment is read-only until reopened; reopening keeps it in history', async () => {
    const home = new HomePage(page());
    await home.goto(baseURL);
    expect(await home.drafts.count()).toBe(0);
    expect(await home.submitted.allInnerTexts()).toEqual([`${agency.name} · ${round.name}`]);

    const submitted = await readAssessment(page(), id);
    expect(submitted.status).toBe('submitted');
    const wizard = new WizardPage(page());
    await wizard.goto(baseURL, id, 1);
    const radios = await wizard.questions.getByRole('radio').all();
    expect(radios.length).toBeGreaterThan(0);
    for (const radio of radios) expect(await radio.isDisabled()).toBe(true);
    const responsible = wizard.item(english(findItem(q, 'lead.responsible-unit').item.text));
    expect(await responsible.note.isDisabled()).toBe(true);

    const review = new ReviewPage(page());
    await review.goto(baseURL, id);
    await review.seeResultsLink.waitFor();
    await review.reopen();
    const reopened = await readAssessment(page(), id);
    expect(reopened.status).toBe('draft');
    expect(reopened.history).toEqual([
      {
        revision: submitted.revision,
        submittedAt: submitted.submittedAt,
        respondent: submitted.respondent,
        answers: submitted.answers,
      },
    ]);

    // Editable again: a change is stored, the submitted version in history is not touched.
    await wizard.goto(baseURL, id, 1);
    expect(await responsible.level(5).isEnabled()).toBe(true);
    await responsible.level(5).check();
    await expect
      .poll(
        async () => (await readAssessment(page(), id)).answers['lead.responsible-unit'],
        EVENTUALLY,
      )
      .toMatchObject({ response: { kind: 'value', value: 5 } });
    expect((await readAssessment(page(), id)).history).toEqual(reopened.history);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(errors.errors).toEqual([]);
    expect(requests.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
