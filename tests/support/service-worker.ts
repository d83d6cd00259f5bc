import type { Page } from 'playwright-core';

/**
 * How long a first visit may take to install the service worker and precache the app. Usually
 * 2–3 s; far longer on a two-core machine busy with other browsers and builds.
 */
export const INSTALL_TIMEOUT = 90_000;

/** Whether a service worker controls the page; waits up to `ms` for one to be active. */
async function isControlled(page: Page, ms: number): Promise<boolean> {
  return page.evaluate(async (ms) => {
    const ready = navigator.serviceWorker.ready.then(() => true);
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms));
    if (!(await Promise.race([ready, late]))) return false;
    return navigator.serviceWorker.controller !== null;
  }, ms);
}

/**
 * Resolves once the app's service worker is active and controls the page. On a first visit
 * it is installed (and the app precached) but takes over only from the next load, as the app
 * does not claim open pages: then the page is reloaded once.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  if (await isControlled(page, INSTALL_TIMEOUT)) return;
  await page.reload();
  if (!(await isControlled(page, 10_000))) {
    throw new Error('no service worker controls the page, even after a reload');
  }
}
