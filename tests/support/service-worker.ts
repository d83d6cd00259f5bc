import type { Locator, Page } from 'playwright-core';

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

/** What the page's service worker registration holds, for retries and failure messages. */
async function registrationState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'no registration';
    const { installing, waiting, active } = registration;
    return `installing: ${installing?.state ?? '-'}, waiting: ${waiting?.state ?? '-'}, active: ${active?.state ?? '-'}`;
  });
}

/**
 * Waits for `prompt`, the "ready to work offline" message of a first visit. A first install
 * that failed (a precache download lost on a busy machine leaves a registration with no
 * worker at all) is retried by reloading, as the person's browser would on the next visit.
 * On timeout the registration's state is in the error.
 */
export async function waitForOfflineReady(page: Page, prompt: Locator): Promise<void> {
  const deadline = Date.now() + INSTALL_TIMEOUT;
  let state = 'not checked';
  let reloads = 0;
  while (Date.now() < deadline) {
    try {
      await prompt.waitFor({ timeout: 5_000 });
      return;
    } catch {
      state = await registrationState(page);
      if (state === 'installing: -, waiting: -, active: -' && reloads < 2) {
        reloads++;
        await page.reload();
      }
    }
  }
  throw new Error(
    `no "ready to work offline" prompt within ${INSTALL_TIMEOUT} ms ` +
      `(${reloads} reloads; service worker ${state})`,
  );
}
