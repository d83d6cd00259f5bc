// The built app starts in a real browser: it renders, stays quiet, stays local, stays accessible.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import {
  collectErrors,
  launchBrowser,
  recordRequests,
  type ErrorLog,
  type LaunchedBrowser,
  type RequestLog,
} from './support/browser';

const baseURL = inject('baseURL');

describe('home page', () => {
  let browser: LaunchedBrowser | undefined;
  let requests: RequestLog;
  let errors: ErrorLog;

  beforeAll(async () => {
    browser = await launchBrowser();
    requests = recordRequests(browser.page);
    errors = collectErrors(browser.page);
    // networkidle: lazily loaded chunks count too, for errors and for where requests go.
    await browser.page.goto(baseURL, { waitUntil: 'networkidle' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const page = () => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  test('has a document title and a visible main heading', async () => {
    expect((await page().title()).trim()).not.toBe('');
    await page().getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
  });

  test('logs no console errors and throws no uncaught errors', () => {
    expect(errors.errors).toEqual([]);
  });

  test('requests nothing outside its own origin', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });

  test('has no WCAG 2.1 AA violations found by axe', async () => {
    await expectNoAxeViolations(page(), 'home page');
  });
});
