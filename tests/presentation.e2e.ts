// Issue 5 in Chromium: a trainer opens the demo data's follow-up round as a presentation,
// walks through every slide with the keyboard at projector sizes (no scrolling), hides the
// agency names with A, reads the keys with ?, and leaves with Esc. axe checks a slide.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demo, followUp, q } from './fixtures/coordinator';
import { english } from './fixtures/questionnaire';
import { HomePage } from './pages/HomePage';
import { PresentationPage } from './pages/PresentationPage';
import { RoundScreenPage } from './pages/RoundScreenPage';
import { RoundsPage } from './pages/RoundsPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');

/** The slides' headings in order, from the same questionnaire and round the app stores. */
const HEADINGS = [
  followUp.name,
  'Where Kyrgyzstan stands',
  ...q.dimensions.map((d) => english(d.title)),
  'Summary',
];
const NAMES = [...new Set(demo.agencies.flatMap((a) => [a.name, a.shortName]))];

describe('presentation: the demo round in front of a room', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };
  const deck = () => new PresentationPage(page());

  beforeAll(async () => {
    browser = await launchBrowser({
      locale: 'en-US',
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 720 },
    });
    browser.context.setDefaultTimeout(15_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the round screen links to the presentation', async () => {
    await new HomePage(page()).goto(baseURL);
    await page().getByRole('button', { name: 'Explore with demo data', exact: true }).click();
    const rounds = new RoundsPage(page());
    await rounds.waitUntilShown();
    await rounds.round(followUp.name).click();
    await new RoundScreenPage(page()).waitForHeading(followUp.name);
    await page().getByRole('link', { name: deck().present.link, exact: true }).click();
    await deck().waitForHeading(followUp.name);
    expect(new URL(page().url()).pathname).toBe(`/rounds/${followUp.id}/present`);
    expect(await deck().counter()).toEqual([1, HEADINGS.length]);
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`→ walks through every slide at ${size.width}×${size.height}, none scrolls`, async () => {
      await page().setViewportSize(size);
      await deck().pressTo('Home', HEADINGS[0] ?? '');
      for (const [index, heading] of HEADINGS.entries()) {
        if (index > 0) await deck().pressTo('ArrowRight', heading);
        expect(await deck().heading()).toBe(heading);
        expect(await deck().counter()).toEqual([index + 1, HEADINGS.length]);
        expect(await deck().slideOverflow(), heading).toEqual({ vertical: 0, horizontal: 0 });
      }
      // Past the end nothing moves.
      await deck().press('ArrowRight');
      expect(await deck().counter()).toEqual([HEADINGS.length, HEADINGS.length]);
    });
  }

  test('← / Page Up go back, Home and End jump to either end', async () => {
    await page().setViewportSize({ width: 1280, height: 720 });
    await deck().pressTo('End', 'Summary');
    await deck().pressTo('ArrowLeft', HEADINGS[HEADINGS.length - 2] ?? '');
    await deck().pressTo('PageUp', HEADINGS[HEADINGS.length - 3] ?? '');
    await deck().pressTo('Home', followUp.name);
    await deck().pressTo('PageDown', 'Where Kyrgyzstan stands');
    await deck().pressTo('ArrowRight', HEADINGS[2] ?? '');
    expect(await deck().chart.count()).toBe(1);
  });

  test('F puts the deck in full screen and back', async () => {
    await deck().press('f');
    await page().waitForFunction(() => document.fullscreenElement !== null);
    expect(
      await page()
        .getByRole('button', { name: 'Full screen', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await deck().press('f');
    await page().waitForFunction(() => document.fullscreenElement === null);
  });

  test('the names are shown until A hides them, on every slide', async () => {
    const before = await deck().everything();
    expect(NAMES.filter((name) => before.includes(name)).length).toBeGreaterThan(5);

    await deck().press('a');
    await page()
      .getByText(deck().present.namesHidden, { exact: true })
      .waitFor({ state: 'attached' });
    // The remembered setting, read back by the page: the checkbox follows it.
    await page()
      .getByRole('checkbox', { name: deck().present.hideNames, exact: true, checked: true })
      .waitFor();
    await deck().pressTo('Home', followUp.name);
    for (const [index, heading] of HEADINGS.entries()) {
      if (index > 0) await deck().pressTo('ArrowRight', heading);
      const shown = await deck().everything();
      expect(
        NAMES.filter((name) => shown.includes(name)),
        heading,
      ).toEqual([]);
    }
  });

  test('a slide passes axe, with the names hidden', async () => {
    await deck().pressTo('Home', followUp.name);
    await deck().pressTo('ArrowRight', 'Where Kyrgyzstan stands');
    await deck().pressTo('ArrowRight', HEADINGS[2] ?? '');
    await expectNoAxeViolations(page(), 'an area slide');
    await deck().pressTo('End', 'Summary');
    await expectNoAxeViolations(page(), 'the summary slide');
  });

  test('? shows the keys; Esc closes them, then leaves for the round screen', async () => {
    await deck().press('?');
    await deck().help.waitFor();
    expect(await deck().help.getByRole('row').count()).toBe(9);
    await expectNoAxeViolations(page(), 'the keys overlay');
    await deck().press('Escape');
    await deck().help.waitFor({ state: 'detached' });
    expect(await deck().heading()).toBe('Summary');

    await deck().press('Escape');
    await new RoundScreenPage(page()).waitForHeading(followUp.name);
    expect(new URL(page().url()).pathname).toBe(`/rounds/${followUp.id}`);
    // The round screen remembers the choice: names are hidden there too.
    const shown = await deck().everything();
    expect(NAMES.filter((name) => shown.includes(name))).toEqual([]);
  });

  test('in Kyrgyz, the longest texts, no slide scrolls at 1280×720 either', async () => {
    await page().evaluate(() => localStorage.setItem('egov.locale', 'ky'));
    await page().goto(`${baseURL}/rounds/${followUp.id}/present`);
    await deck().waitForHeading(followUp.name);
    expect(await deck().documentLanguage()).toBe('ky');
    for (let slide = 1; slide <= HEADINGS.length; slide++) {
      const heading = await deck().heading();
      expect(await deck().slideOverflow(), `slide ${slide}: ${heading}`).toEqual({
        vertical: 0,
        horizontal: 0,
      });
      if (slide === HEADINGS.length) break;
      await deck().press('ArrowRight');
      await page().waitForFunction(
        (before) => document.querySelector('h1')?.textContent !== before,
        heading,
      );
    }
    expect(watch.errors()).toEqual([]);
  });
});
