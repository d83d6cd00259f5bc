// The interface in Kyrgyz, chosen in "Language": document language, screen texts, questionnaire
// texts and level labels, and dates and numbers written the Kyrgyz way — which Chromium, with
// no Kyrgyz locale data, cannot do by itself (see ../shared/TOOLCHAIN.md).
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
import { escapeRegExp, KY } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { readAssessment } from './support/indexeddb';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const ky = (text: { ky?: string | undefined }) => inLanguage(text, 'ky');
const STRATEGY = findItem(q, 'lead.digital-strategy').item;
const RESPONSIBLE = findItem(q, 'lead.responsible-unit').item;
const MONITORING = findItem(q, 'lead.kpi-monitoring').item;
/** Where the agencies are: dates on screen are local to Bishkek. */
const TIME_ZONE = 'Asia/Bishkek';
/** CLDR's Kyrgyz medium date: "2026-ж., 26-ноя.". */
const KY_MEDIUM_DATE =
  /\d{4}-ж\., \d{1,2}-(янв\.|фев\.|мар\.|апр\.|май|июн\.|июл\.|авг\.|сен\.|окт\.|ноя\.|дек\.)/;
/** What the app shows after "өзгөртүлдү:" (changed) and "Тапшырылды:" (submitted). */
const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE } as const;

describe('the interface in Kyrgyz', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let id = '';

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    // An English browser: Kyrgyz comes from the person's choice, not from the browser.
    browser = await launchBrowser({ locale: 'en-US', timezoneId: TIME_ZONE });
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('choosing "Кыргызча" in "Language" switches the home page and sets lang="ky"', async () => {
    await new HomePage(page()).goto(baseURL);
    expect(await new HomePage(page()).documentLanguage()).toBe('en');
    await new HomePage(page()).chooseLanguage('Кыргызча');
    const home = new HomePage(page(), KY);
    await home.waitForHeading(KY.homeTitle);
    expect(await home.documentLanguage()).toBe('ky');
    expect(await page().getByLabel(KY.language, { exact: true }).inputValue()).toBe('ky');
    expect(await home.startLink.count()).toBe(1);
  });

  test('the start form is in Kyrgyz, with the areas named in Kyrgyz', async () => {
    await new HomePage(page(), KY).startLink.click();
    const start = new StartPage(page(), KY);
    await start.waitForHeading(KY.startTitle);
    for (const label of [KY.agencyName, KY.roundName, KY.roundStart, KY.respondentName]) {
      expect(await start.field(label).count(), label).toBe(1);
    }
    const areas = q.dimensions.map((d) => ky(d.title));
    expect(await start.targets(areas)).toEqual(areas.map(() => String(TARGET)));
    const respondent = { ...NEW_ASSESSMENT.respondent, role: 'Маалыматтык технологиялар бөлүмү' };
    id = await startAssessment(page(), baseURL, { ...NEW_ASSESSMENT, respondent }, KY);
  });

  test('a step shows "9 кадамдын 1-кадамы", the area, the questions and the level labels in Kyrgyz', async () => {
    const wizard = new WizardPage(page(), KY);
    const leadership = q.dimensions[0];
    if (!leadership || RESPONSIBLE.type !== 'level') throw new Error('unexpected questionnaire');
    await wizard.waitForStep(1, ky(leadership.title));
    expect(await page().getByText(KY.stepOf(1)).innerText()).toBe(
      `${q.dimensions.length} кадамдын 1-кадамы`,
    );
    expect(await wizard.documentLanguage()).toBe('ky');

    const strategy = wizard.item(ky(STRATEGY.text));
    for (const name of ['Ооба', 'Жарым-жартылай', 'Жок']) {
      expect(await strategy.radio(name).count(), name).toBe(1);
    }
    const responsible = wizard.item(ky(RESPONSIBLE.text));
    for (const level of RESPONSIBLE.levels) {
      const name = new RegExp(`^${level.level} ${escapeRegExp(ky(level.label))} `);
      expect(await responsible.region.getByRole('radio', { name }).count()).toBe(1);
    }
    expect(await responsible.note.count()).toBe(1);
    expect(await page().getByRole('button', { name: KY.next, exact: true }).count()).toBe(1);

    await responsible.level(2).check();
    await wizard.item(ky(MONITORING.text)).level(3).check();
    await expect
      .poll(async () => Object.keys((await readAssessment(page(), id)).answers).length, EVENTUALLY)
      .toBe(2);
    // The save status gives the time of day only: "Бардык жооптор сакталды (14:05:09)."
    await expect
      .poll(() => page().getByRole('main').getByRole('status').innerText(), EVENTUALLY)
      .toMatch(/^Бардык жооптор сакталды \(\d{2}:\d{2}:\d{2}\)\.$/);
  });

  test('the home page dates the draft the Kyrgyz way, which Chromium alone would not', async () => {
    const home = new HomePage(page(), KY);
    await home.goto(baseURL);
    const { agency, round } = NEW_ASSESSMENT;
    await home.drafts.first().waitFor();
    expect(await home.drafts.allInnerTexts()).toEqual([`${agency.name} · ${round.name}`]);
    const { updatedAt } = await readAssessment(page(), id);
    // Node's ICU carries CLDR's Kyrgyz data: the reference, independent of the app's code.
    const expected = new Intl.DateTimeFormat('ky', DATE_TIME).format(new Date(updatedAt));
    expect(expected).toMatch(KY_MEDIUM_DATE);
    const entry = page().getByRole('region', { name: KY.drafts }).getByRole('listitem');
    expect(await entry.innerText()).toContain(`өзгөртүлдү: ${expected}`);

    // Chromium's own Intl has no Kyrgyz: asked for 'ky' it silently answers in English (the
    // browser's language here). That is why the app formats Kyrgyz dates itself; should a
    // Chromium ever ship Kyrgyz data, this fails and the app's formatter can go.
    const chromium = await page().evaluate(
      ({ iso, timeZone }) => {
        const date = new Date(iso);
        const asKyrgyz = new Intl.DateTimeFormat('ky', { dateStyle: 'medium', timeZone });
        return {
          text: asKyrgyz.format(date),
          locale: asKyrgyz.resolvedOptions().locale,
          english: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(date),
        };
      },
      { iso: updatedAt, timeZone: TIME_ZONE },
    );
    const kyrgyz = new Intl.DateTimeFormat('ky', { dateStyle: 'medium', timeZone: TIME_ZONE });
    expect(chromium.text).not.toBe(kyrgyz.format(new Date(updatedAt)));
    expect(chromium.text).not.toMatch(KY_MEDIUM_DATE);
    expect(chromium.text).toBe(chromium.english);
    expect(chromium.locale).not.toMatch(/^ky/);
  });

  test('the review page is in Kyrgyz and lists the unanswered questions in Kyrgyz', async () => {
    const review = new ReviewPage(page(), KY);
    await review.goto(baseURL, id);
    await review.requiredMissing.waitFor();
    expect(await review.unansweredLink(ky(STRATEGY.text)).count()).toBe(1);
    expect(await review.submitButton.isDisabled()).toBe(true);
  });

  test('the results are in Kyrgyz, with a decimal comma', async () => {
    const results = new ResultsPage(page(), KY);
    await results.goto(baseURL, id);
    const targets = Object.fromEntries(q.dimensions.map((d) => [d.id, TARGET / 100]));
    const answers = {
      [RESPONSIBLE.id]: { response: { kind: 'value', value: 2 }, at: '' },
      [MONITORING.id]: { response: { kind: 'value', value: 3 }, at: '' },
    } as const;
    const score = scoreAssessment(q, answers, targets).overall.score;
    if (score === null) throw new Error('no score');
    const shown = new Intl.NumberFormat('ky').format(toPercent(score));
    // Levels 2 and 3 give a fraction (41.7 with the default weights): written "41,7".
    expect(shown).toMatch(/^\d+,\d$/);
    expect(await results.overallScore()).toBe(shown);
    expect(await results.row(ky(q.dimensions[0]?.shortTitle ?? {}))).toMatchObject({
      Багыт: 'Жетекчилик',
      Балл: shown,
      Максат: String(TARGET),
    });
    expect(
      await page().getByText('Долбоор: берилген жооптор боюнча азыркы жыйынтыктар.').count(),
    ).toBe(1);
    expect(await results.documentLanguage()).toBe('ky');
  });

  test('the choice is remembered on this device: Kyrgyz again after a reload', async () => {
    await page().reload();
    await new ResultsPage(page(), KY).waitForHeading(KY.resultsTitle);
    expect(await page().evaluate(() => localStorage.getItem('egov.locale'))).toBe('ky');
    expect(await new ResultsPage(page(), KY).documentLanguage()).toBe('ky');
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
