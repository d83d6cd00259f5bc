// A whole assessment with the keyboard alone, in Kyrgyz: Tab and Shift+Tab to move, arrow keys
// and Space to choose inside a radio group, typing into fields, Enter to go on. No mouse, no
// locator actions: locators and the focus are only read.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { planAnswers, toAnswers, visiblePlanned, type PlannedAnswer } from './fixtures/answer-plan';
import { NEW_ASSESSMENT } from './fixtures/new-assessment';
import { inLanguage, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { KY } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { focused, tabTo, type Focused } from './support/focus';
import { EVENTUALLY } from './support/eventually';
import { readAssessment } from './support/indexeddb';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const ky = (text: { ky?: string | undefined }) => inLanguage(text, 'ky');
const plan = planAnswers(q);
const KY_DATE_TIME = /^Тапшырылды: \d{4}-ж\., \d{1,2}-[а-я]+\.? \d{2}:\d{2}\.$/;

/** The radio to choose for a planned answer: its `value` in the group. */
function radioValue(answer: PlannedAnswer): string {
  const { planned } = answer;
  switch (planned.kind) {
    case 'level':
      return String(planned.level);
    case 'option':
      return planned.value;
    case 'na':
    case 'dk':
      return `_${planned.kind}`;
    case 'typed':
      throw new Error(`${answer.item.id} is typed, not chosen`);
  }
}

/** `yyyy-mm-dd` as typed into a date field of an en-US browser: month, day, year. */
function dateKeys(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${month}${day}${year}`;
}

describe('a whole assessment with the keyboard alone, in Kyrgyz', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  const given: PlannedAnswer[] = [];
  let id = '';

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };
  const press = (key: string) => page().keyboard.press(key);

  /** Arrow keys down the group until the wanted radio has the focus (and so is checked). */
  async function choose(start: Focused, value: string): Promise<void> {
    // Tab enters a group with nothing checked at its first radio, which Space checks.
    if (start.value === value) await press('Space');
    for (let moves = 0; (await focused(page()))?.value !== value; moves++) {
      if (moves > 10) throw new Error(`${start.name}: no radio "${value}" reached by arrow keys`);
      await press('ArrowDown');
    }
    // React re-renders the controlled radio a moment after the keypress.
    await expect
      .poll(() => focused(page()), EVENTUALLY)
      .toMatchObject({ name: start.name, value, checked: true });
  }

  /** Answers the question whose control has the focus, as planned, and its note. */
  async function answer(element: Focused, planned: PlannedAnswer): Promise<void> {
    const { kind } = planned.planned;
    if (element.type === 'radio') {
      await choose(element, radioValue(planned));
    } else if (planned.planned.kind === 'typed') {
      // Kyrgyz writes a decimal comma, and the app reads it.
      await page().keyboard.type(planned.planned.text.replace('.', ','));
    } else if (kind === 'na' || kind === 'dk') {
      const label = kind === 'na' ? KY.notApplicable : KY.dontKnow;
      await tabTo(page(), (el) => el.type === 'checkbox' && el.label === label, { max: 3 });
      await press('Space');
    }
    if (planned.note) {
      await tabTo(page(), (el) => el.tag === 'textarea' && el.label === KY.note, { max: 4 });
      await page().keyboard.type(planned.note);
    }
  }

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US' });
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('on the home page, chooses "Кыргызча" with the arrow keys and opens the start form', async () => {
    await new HomePage(page()).goto(baseURL);
    const language = await tabTo(page(), (el) => el.tag === 'select', { what: '"Language"' });
    expect(language.label).toBe('Language');
    while ((await focused(page()))?.value !== 'ky') await press('ArrowUp');
    const home = new HomePage(page(), KY);
    await home.waitForHeading(KY.homeTitle);
    expect(await home.documentLanguage()).toBe('ky');

    await tabTo(page(), (el) => el.tag === 'a' && el.label === KY.startLink, { what: 'start' });
    await press('Enter');
    await home.waitForHeading(KY.startTitle);
  });

  test('fills in the start form by typing, picks a role with the arrow keys, starts with Enter', async () => {
    const { agency, round, respondent } = NEW_ASSESSMENT;
    const typed: Record<string, string> = {
      [KY.agencyName]: agency.name,
      [KY.agencyShortName]: agency.shortName,
      [KY.roundName]: round.name,
      [KY.roundStart]: dateKeys(round.start),
      [KY.roundEnd]: dateKeys(round.end),
      [KY.respondentName]: respondent.name,
    };
    const done = new Set<string>();
    for (;;) {
      const element = await tabTo(
        page(),
        (el) =>
          (el.label in typed && !done.has(el.label)) ||
          (el.tag === 'select' && el.label === KY.respondentRole && !done.has(el.label)) ||
          (el.tag === 'button' && el.label === KY.startButton),
        { what: 'the next field of the start form' },
      );
      if (element.tag === 'button') break;
      done.add(element.label);
      if (element.tag === 'select') await press('ArrowDown');
      else await page().keyboard.type(typed[element.label] ?? '');
    }
    expect([...done].sort()).toEqual([...Object.keys(typed), KY.respondentRole].sort());
    await press('Enter');
    await page().waitForURL(/\/assessments\/[^/]+\/step\/1$/);
    id = new WizardPage(page(), KY).assessmentId();
    const stored = await readAssessment(page(), id);
    expect(stored.respondent).toEqual({ name: respondent.name, role: 'itUnit' });
  });

  test('answers every question of all nine steps, then goes to the review with Enter', async () => {
    const wizard = new WizardPage(page(), KY);
    for (const [index, dimension] of q.dimensions.entries()) {
      const step = index + 1;
      await wizard.waitForStep(step, ky(dimension.title));
      // Each step starts with the focus on its heading, so Tab goes on to its first question.
      expect(await focused(page())).toMatchObject({ tag: 'h1', label: ky(dimension.title) });
      const visible = visiblePlanned(q, plan, dimension.id, given);
      const pending = new Map(visible.map((planned) => [planned.item.id, planned]));
      const last = step === q.dimensions.length;
      for (;;) {
        const element = await tabTo(
          page(),
          (el) =>
            (el.type === 'radio' && pending.has(el.name.replace(/^answer-/, ''))) ||
            (el.tag === 'input' && pending.has(el.id.replace(/^value-/, ''))) ||
            (el.tag === 'button' && el.label === (last ? KY.toReview : KY.next)),
          { what: `the next question of step ${step}` },
        );
        if (element.tag === 'button') break;
        const itemId = element.type === 'radio' ? element.name.slice(7) : element.id.slice(6);
        const planned = pending.get(itemId);
        if (!planned) throw new Error(`nothing planned for ${itemId}`);
        await answer(element, planned);
        pending.delete(itemId);
        given.push(planned);
        if (itemId === 'lead.digital-strategy') {
          // Back from its note with Shift+Tab: the group takes the focus at the checked radio.
          await tabTo(page(), (el) => el.type === 'radio', { backwards: true, max: 1 });
          expect(await focused(page())).toMatchObject({
            value: radioValue(planned),
            checked: true,
          });
        }
      }
      expect([...pending.keys()]).toEqual([]);
      await press('Enter');
    }
    await wizard.waitForHeading(KY.reviewTitle);
  });

  test('the review says every question is answered; Enter on "Submit" shows the results', async () => {
    expect(await focused(page())).toMatchObject({ tag: 'h1', label: KY.reviewTitle });
    await page().getByText(KY.allAnswered, { exact: true }).waitFor();
    await tabTo(page(), (el) => el.tag === 'button' && el.label === KY.submit, { what: 'submit' });
    await press('Enter');
    const home = new HomePage(page(), KY);
    await home.waitForHeading(KY.resultsTitle);
    expect(await focused(page())).toMatchObject({ tag: 'h1', label: KY.resultsTitle });
    expect(
      await page()
        .getByText(/^Тапшырылды: /)
        .innerText(),
    ).toMatch(KY_DATE_TIME);
    expect(await page().getByRole('table', { name: KY.scoresTable, exact: true }).count()).toBe(1);
  });

  test('stored exactly the answers given, and the assessment as submitted', async () => {
    const stored = await readAssessment(page(), id);
    expect(stored.status).toBe('submitted');
    const withoutTimes = Object.fromEntries(
      Object.entries(stored.answers).map(([itemId, { at: _at, ...rest }]) => [itemId, rest]),
    );
    const expected = Object.fromEntries(
      Object.entries(toAnswers(given)).map(([itemId, { at: _at, ...rest }]) => [itemId, rest]),
    );
    // Every visible question: 54 less the hidden svc.e-signature.
    expect(Object.keys(stored.answers)).toHaveLength(given.length);
    expect(given.length).toBe(q.dimensions.flatMap((d) => d.items).length - 1);
    expect(withoutTimes).toEqual(expected);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
