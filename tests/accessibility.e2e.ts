// WCAG 2.1 AA by axe on every screen, in each interface language, in the states a person meets
// them in (empty, with a draft, with errors shown, with the offline prompt); focus moves to
// the step heading; errors are announced; the chosen language is remembered and sets `lang`.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { NEW_ASSESSMENT, startAssessment } from './fixtures/new-assessment';
import { findItem, inLanguage, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { StartPage } from './pages/StartPage';
import { LANGUAGE_NAMES, TEXTS, type UiLanguage, type UiTexts } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { focused } from './support/focus';
import { startPreviewServer, DIST_DIR, type PreviewServer } from './support/server';
import {
  INSTALL_TIMEOUT,
  waitForOfflineReady,
  waitForServiceWorkerControl,
} from './support/service-worker';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const PAPERLESS = findItem(q, 'proc.paperless-share').item;
const RESPONSIBLE = findItem(q, 'lead.responsible-unit').item;
const LANGUAGES = ['ky', 'ru', 'en'] as const satisfies readonly UiLanguage[];

/** The respondent's role as the start form names it in each language. */
const IT_UNIT: Record<UiLanguage, string> = {
  ky: 'Маалыматтык технологиялар бөлүмү',
  ru: 'ИТ-подразделение',
  en: 'IT unit',
};

describe.each(LANGUAGES)('every screen in "%s" passes axe', (lang) => {
  const texts: UiTexts = TEXTS[lang];
  const title = (text: { ky?: string; ru?: string; en?: string }) => inLanguage(text, lang);
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let id = '';

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    // The browser speaks another language than the one tested, so the switch has to work.
    browser = await launchBrowser({ locale: lang === 'en' ? 'ru-RU' : 'en-US' });
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the empty home page, and with the "ready to work offline" prompt',
    { timeout: 150_000 },
    async () => {
      const initial = lang === 'en' ? TEXTS.ru : TEXTS.en;
      await new HomePage(page(), initial).goto(baseURL);
      await new HomePage(page(), initial).chooseLanguage(LANGUAGE_NAMES[lang]);
      const home = new HomePage(page(), texts);
      await home.waitForHeading(texts.homeTitle);
      expect(await home.documentLanguage()).toBe(lang);
      expect(await home.drafts.count()).toBe(0);
      await expectNoAxeViolations(page(), `home, empty (${lang})`);

      // The first visit installs the service worker, which then says the app works offline.
      const offline = home.prompt(texts.offlineReady);
      await waitForOfflineReady(page(), offline);
      await expectNoAxeViolations(page(), `home with the offline prompt (${lang})`);
      await offline.getByRole('button', { name: texts.dismiss, exact: true }).click();
      await offline.waitFor({ state: 'detached' });
    },
  );

  test('the choice is remembered on this device and sets the page language after a reload', async () => {
    await page().reload();
    await new HomePage(page(), texts).waitForHeading(texts.homeTitle);
    expect(await new HomePage(page(), texts).documentLanguage()).toBe(lang);
    expect(await page().evaluate(() => localStorage.getItem('egov.locale'))).toBe(lang);
  });

  test('the page for an unknown address', async () => {
    await page().goto(`${baseURL}/no/such/page`);
    await new HomePage(page(), texts).waitForHeading(texts.notFoundTitle);
    expect(await page().getByRole('link', { name: texts.goHome, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page(), `not found (${lang})`);
  });

  test('the start form, empty and after a submit with every field left empty', async () => {
    const start = new StartPage(page(), texts);
    await start.goto(baseURL);
    await expectNoAxeViolations(page(), `start form (${lang})`);

    await page().getByRole('button', { name: texts.startButton, exact: true }).click();
    const summary = page().getByRole('alert').filter({ hasText: texts.fixErrors });
    await summary.waitFor();
    // The focus goes to the errors: the summary, or the first field in error, which says
    // it is invalid and has its message read out with it.
    const name = start.field(texts.agencyName);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy.split(' ').map((id) => page().locator(`[id="${id}"]`).innerText()),
    );
    expect(messages).toContain(texts.fieldRequired);
    expect(
      await page().evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('role') === 'alert' || active?.ariaInvalid === 'true';
      }),
    ).toBe(true);
    expect(await page().getByText(texts.fieldRequired, { exact: true }).count()).toBeGreaterThan(2);
    await expectNoAxeViolations(page(), `start form with errors (${lang})`);

    const respondent = { ...NEW_ASSESSMENT.respondent, role: IT_UNIT[lang] };
    id = await startAssessment(page(), baseURL, { ...NEW_ASSESSMENT, respondent }, texts);
  });

  test('a wizard step; "Next" moves the focus to the next step’s heading', async () => {
    const wizard = new WizardPage(page(), texts);
    await wizard.waitForStep(1, title(q.dimensions[0]?.title ?? {}));
    await wizard.item(title(RESPONSIBLE.text)).level(3).check();
    await expectNoAxeViolations(page(), `wizard step 1 (${lang})`);

    await wizard.next();
    const heading = title(q.dimensions[1]?.title ?? {});
    await wizard.waitForHeading(heading);
    expect(await focused(page())).toMatchObject({ tag: 'h1', label: heading });
  });

  test('a wizard step with a typed value out of range: the error is an alert', async () => {
    const item = new WizardPage(page(), texts).item(title(PAPERLESS.text));
    await item.value.fill('120');
    expect(await item.error.innerText()).toBe(texts.percentOutOfRange);
    // Tied to the field as well: read out with it, and the field marked invalid.
    const errorId = await item.error.getAttribute('id');
    expect(await item.value.getAttribute('aria-describedby')).toBe(errorId);
    expect(await item.value.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page(), `wizard step 2 with a value error (${lang})`);
    await item.value.fill('40');
    await item.error.waitFor({ state: 'detached' });
  });

  test('the home page with a draft', async () => {
    const home = new HomePage(page(), texts);
    await home.goto(baseURL);
    await home.drafts.first().waitFor();
    expect(await home.drafts.count()).toBe(1);
    await expectNoAxeViolations(page(), `home with a draft (${lang})`);
  });

  test('the review page', async () => {
    const review = new ReviewPage(page(), texts);
    await review.goto(baseURL, id);
    await review.requiredMissing.waitFor();
    await expectNoAxeViolations(page(), `review (${lang})`);
  });

  test('the results', async () => {
    const results = new ResultsPage(page(), texts);
    await results.goto(baseURL, id);
    await results.table.waitFor();
    await expectNoAxeViolations(page(), `results (${lang})`);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});

// A new version waits until the person agrees. To get one, the app is served from a copy of
// the build whose service worker then changes, as after a deployment.
describe('the "new version" prompt passes axe in every language and keeps the draft', () => {
  let browser: LaunchedBrowser | undefined;
  let server: PreviewServer | undefined;
  let distDir = '';
  const watch = watchPages();

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'e2e-dist-'));
    await cp(DIST_DIR, distDir, { recursive: true });
    server = await startPreviewServer({ distDir });
    browser = await launchBrowser({ locale: 'en-US' });
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(distDir, { recursive: true, force: true });
  });

  test(
    'shows after a new version is deployed; "Later" keeps the step and its answer',
    { timeout: 150_000 },
    async () => {
      if (!server) throw new Error('no server');
      await new HomePage(page()).goto(server.baseURL);
      await waitForServiceWorkerControl(page());
      await startAssessment(page(), server.baseURL);
      const wizard = new WizardPage(page());
      const responsible = wizard.item(inLanguage(RESPONSIBLE.text, 'en'));
      await responsible.level(4).check();

      const sw = join(distDir, 'sw.js');
      await writeFile(sw, `${await readFile(sw, 'utf8')}\n// e2e: the next version\n`);
      await page().reload();
      await wizard.waitForStep(1);

      let current: UiTexts = TEXTS.en;
      for (const lang of LANGUAGES) {
        const texts = TEXTS[lang];
        await new WizardPage(page(), current).chooseLanguage(LANGUAGE_NAMES[lang]);
        current = texts;
        await wizard.prompt(texts.updateAvailable).waitFor({ timeout: INSTALL_TIMEOUT });
        await expectNoAxeViolations(page(), `the "new version" prompt (${lang})`);
      }

      const update = wizard.prompt(TEXTS.en.updateAvailable);
      await update.getByRole('button', { name: TEXTS.en.updateLater, exact: true }).click();
      await update.waitFor({ state: 'detached' });
      expect(new URL(page().url()).pathname).toMatch(/\/step\/1$/);
      expect(await responsible.level(4).isChecked()).toBe(true);
    },
  );

  test('logged no errors and requested nothing outside its own origin', () => {
    if (!server) throw new Error('no server');
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(server.baseURL).origin)).toEqual([]);
  });
});
