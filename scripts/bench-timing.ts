/**
 * Times taken inside the page, for the exchange benchmarks: from the moment the file input
 * reports the chosen files (its `change` event) or a button is clicked, to the moment a
 * condition holds on screen, read with the page's own clock. What the harness spends handing
 * files to the browser, or polling for elements, is therefore not counted as the app's time.
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __bench?: { picked?: number; clicked?: number };
  }
}

/** Call once after navigation: records when files are picked and when a button is clicked. */
export async function recordPageEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench: { picked?: number; clicked?: number } = {};
    window.__bench = bench;
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
          bench.picked = performance.now();
        }
      },
      true,
    );
    document.addEventListener('click', () => (bench.clicked = performance.now()), true);
  });
}

/**
 * Page time (ms) at the first animation frame in which an enabled button with exactly this
 * text is on screen, minus the time of the last pick.
 */
export async function msFromPickToButton(page: Page, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    (label) => {
      const ready = [...document.querySelectorAll('button')].some(
        (b) => b.textContent === label && !b.disabled,
      );
      return ready && performance.now() - (window.__bench?.picked ?? Number.NaN);
    },
    text,
    { polling: 'raf', timeout: 300_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Page time (ms) from the last click to the first frame showing a paragraph starting so. */
export async function msFromClickToText(page: Page, prefix: string): Promise<number> {
  const handle = await page.waitForFunction(
    (start) => {
      const shown = [...document.querySelectorAll('p')].some((p) =>
        (p.textContent ?? '').startsWith(start),
      );
      return shown && performance.now() - (window.__bench?.clicked ?? Number.NaN);
    },
    prefix,
    { polling: 'raf', timeout: 300_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The app's own `performance.measure` entries (see useImportFiles), in seconds. */
export async function appMeasures(page: Page): Promise<string[]> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const),
  );
  return entries.map(([name, ms]) => `${name}: ${(ms / 1000).toFixed(2)} s`);
}

/**
 * CPU seconds the page's main thread used (CDP `ThreadTime`) between the call and `stop()`.
 * On a machine shared with other work the wall-clock figures stretch with the load; CPU time
 * much less, so it shows what the app itself costs.
 */
export async function mainThreadTime(page: Page): Promise<{ stop(): Promise<number> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  };
  const start = await read();
  return { stop: async () => (await read()) - start };
}
