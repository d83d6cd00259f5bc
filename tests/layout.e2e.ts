// The layout holds on a 360 px wide phone and at 200 % zoom (a 1280×800 screen rendered at
// double size: 640×400 CSS pixels at two device pixels each): no screen scrolls sideways, and
// each screen's main action can be scrolled to and is not covered. Screenshots of every screen
// go to $E2E_SCREENSHOTS if set (kept), else to a temporary folder (deleted).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startAssessment } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { StartPage } from './pages/StartPage';
import { LANGUAGE_NAMES, TEXTS, type UiLanguage, type UiTexts } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { tabTo } from './support/focus';
import { horizontalOverflow, reachable } from './support/layout';
import { waitForOfflineReady } from './support/service-worker';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const LANGUAGES = ['ky', 'ru', 'en'] as const satisfies readonly UiLanguage[];

const SCREENS = [
  { name: '360px', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 },
  { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

interface Screen {
  name: string;
  open(texts: UiTexts): Promise<void>;
  /** What the person came to the screen for; it must be reachable. */
  main(texts: UiTexts): Locator;
}

describe.each(SCREENS)('layout at $name', ({ name, viewport, deviceScaleFactor }) => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let shots = '';
  /** Whole pages when someone is going to look at them; the window alone is cheaper. */
  const keep = Boolean(process.env.E2E_SCREENSHOTS);
  let id = '';

  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  const screens: Screen[] = [
    {
      name: 'home',
      open: (texts) => new HomePage(page(), texts).goto(baseURL),
      main: (texts) => new HomePage(page(), texts).startLink,
    },
    {
      name: 'start',
      open: (texts) => new StartPage(page(), texts).goto(baseURL),
      main: (texts) => page().getByRole('button', { name: texts.startButton, exact: true }),
    },
    {
      name: 'step',
      open: (texts) => new WizardPage(page(), texts).goto(baseURL, id, 2),
      main: (texts) => page().getByRole('button', { name: texts.next, exact: true }),
    },
    {
      name: 'review',
      open: (texts) => new ReviewPage(page(), texts).goto(baseURL, id),
      main: (texts) => new ReviewPage(page(), texts).submitButton,
    },
    {
      name: 'results',
      open: async (texts) => {
        const results = new ResultsPage(page(), texts);
        await results.goto(baseURL, id);
        await results.table.waitFor();
      },
      // The table may scroll sideways inside its own box (WCAG 1.4.10 allows it for data
      // tables); the box itself has to fit.
      main: (texts) => page().getByRole('region', { name: texts.scoresTable, exact: true }),
    },
  ];

  beforeAll(async () => {
    const kept = process.env.E2E_SCREENSHOTS;
    shots = kept ? join(kept, name) : await mkdtemp(join(tmpdir(), `e2e-layout-${name}-`));
    await mkdir(shots, { recursive: true });
    browser = await launchBrowser({ locale: 'en-US', viewport, deviceScaleFactor });
    browser.context.setDefaultTimeout(10_000);
    watch.attach(browser.page);
    id = await startAssessment(page(), baseURL);
    const wizard = new WizardPage(page());
    const item = (itemId: string) => wizard.item(english(findItem(q, itemId).item.text));
    await item('lead.digital-strategy').radio('Partly').check();
    await item('lead.responsible-unit').level(3).check();
    await item('lead.kpi-monitoring').level(2).check();
  });

  afterAll(async () => {
    await browser?.close();
    if (!keep) await rm(shots, { recursive: true, force: true });
  });

  test(
    'the "ready to work offline" prompt hides nothing the keyboard moves to',
    { timeout: 150_000 },
    async () => {
      // It is fixed at the bottom of the window, over the page, until closed.
      const offline = new HomePage(page()).prompt(TEXTS.en.offlineReady);
      await waitForOfflineReady(page(), offline);
      const covered: string[] = [];
      for (const name of [TEXTS.en.note, TEXTS.en.next]) {
        await tabTo(page(), (el) => el.label === name, { what: name });
        const hidden = await page().evaluate(() => {
          const el = document.activeElement;
          if (!el) return 'nothing has the focus';
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.bottom - 2);
          return hit && (hit === el || el.contains(hit)) ? '' : `under ${hit?.className ?? '?'}`;
        });
        if (hidden) covered.push(`"${name}" ${hidden}`);
      }
      expect(covered).toEqual([]);
      await offline.getByRole('button', { name: TEXTS.en.dismiss, exact: true }).click();
      await offline.waitFor({ state: 'detached' });
    },
  );

  let current: UiTexts = TEXTS.en;

  test.each(LANGUAGES)(
    'in "%s", no screen scrolls sideways and its main action is reachable',
    async (lang) => {
      const texts = TEXTS[lang];
      await new HomePage(page(), current).goto(baseURL);
      await new HomePage(page(), current).chooseLanguage(LANGUAGE_NAMES[lang]);
      await new HomePage(page(), texts).waitForHeading(texts.homeTitle);
      current = texts;

      const problems: string[] = [];
      for (const screen of screens) {
        await screen.open(texts);
        const overflow = await horizontalOverflow(page());
        if (overflow.scrollWidth > overflow.clientWidth + 1) {
          problems.push(
            `${screen.name}: ${overflow.scrollWidth} px wide in ${overflow.clientWidth} px ` +
              `(${overflow.culprits.join(', ')})`,
          );
        }
        const main = await reachable(screen.main(texts));
        if (!main.ok)
          problems.push(`${screen.name}: the main action is not reachable: ${main.why}`);
        await page().screenshot({
          path: join(shots, `${lang}-${screen.name}.png`),
          fullPage: keep,
        });
        // What scrolls inside a box on a narrow screen has to be reachable by keyboard, too.
        await expectNoAxeViolations(page(), `${screen.name} at ${name} (${lang})`).catch(
          (error: unknown) => problems.push(String(error)),
        );
      }
      expect(problems).toEqual([]);
    },
  );

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
