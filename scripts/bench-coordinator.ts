/**
 * The coordinator's round screen at scale for `npm run bench`: 300 agencies × 3 rounds on
 * the shipped core questionnaire, generated in Node by the demo generator and written into
 * the page's IndexedDB with the raw API (no app code), then the newest round is opened and
 * timed from navigation start until the heatmap is painted and the page is ready for input.
 */
import type { Page } from 'playwright-core';
import { DEMO_SEED, generateFromPlan, type DemoData } from '../src/domain/demo/generate';
import { scaledDemoPlan } from '../src/domain/demo/plan';
import { loadDefaultQuestionnaire } from '../tests/fixtures/questionnaire';
import { DATABASE_NAME } from '../tests/support/indexeddb';

export const BENCH_AGENCIES = 300;
export const BENCH_ROUNDS = 3;

/** The heatmap's caption, marked `elementtiming="round-heatmap"` (src/features/round/HeatmapTable.tsx). */
const HEATMAP_CAPTION = 'caption[elementtiming="round-heatmap"]';

let data: DemoData | undefined;

/** Generated once per process: the same seeded records for every run. */
export function benchData(): DemoData {
  data ??= generateFromPlan(
    loadDefaultQuestionnaire(),
    scaledDemoPlan(BENCH_AGENCIES, BENCH_ROUNDS),
    DEMO_SEED,
  );
  return data;
}

/** The round the screen is timed on: the newest, as the rounds list offers it first. */
export function newestRound(records: DemoData = benchData()) {
  const [newest] = [...records.rounds].sort((a, b) => b.period.start.localeCompare(a.period.start));
  if (!newest) throw new Error('the bench plan has no rounds');
  return newest;
}

/**
 * Opens the app once, so it creates its database and stores the shipped questionnaire, then
 * adds the generated agencies, rounds and assessments in one raw IndexedDB transaction.
 */
export async function seedRoundData(page: Page, baseURL: string): Promise<void> {
  await page.goto(baseURL);
  await page.waitForFunction(
    (name) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('questionnaires')) {
            db.close();
            resolve(false);
            return;
          }
          const count = db.transaction('questionnaires').objectStore('questionnaires').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result > 0);
          };
          count.onerror = () => {
            db.close();
            resolve(false);
          };
        };
      }),
    DATABASE_NAME,
    { timeout: 20_000 },
  );
  const { agencies, rounds, assessments } = benchData();
  await page.evaluate(
    ({ name, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(`cannot open ${name}: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['agencies', 'rounds', 'assessments'], 'readwrite');
          for (const [store, list] of Object.entries(records)) {
            const target = tx.objectStore(store);
            for (const record of list) target.put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(new Error(`seeding aborted: ${String(tx.error)}`));
        };
      }),
    { name: DATABASE_NAME, records: { agencies, rounds, assessments } },
  );
}

interface PaintWindow extends Window {
  benchHeatmapPainted?: number;
  /** When the last long task (over 50 ms) of the page ended. */
  benchLongTasksEnd?: number;
}

/** The page counts as settled once no long task has run for this long after the heatmap. */
const QUIET_MS = 1000;

/**
 * Navigation start → the heatmap painted and the page ready for input, on the newest round:
 * the later of the heatmap's paint and the end of the last long task, so that a screen that
 * paints early but stays busy is not counted as ready.
 *
 * With 300 agencies the heatmap sits far below the fold (the overview lists every agency
 * first), and Element Timing reports only what is painted in the viewport, so its
 * `elementtiming` caption never yields an entry. The page instead notes when the caption
 * enters the DOM and takes the time after the next frame: a requestAnimationFrame callback
 * runs just before that frame is painted, and a task queued from it runs once it is done.
 */
export async function timeRoundScreen(page: Page, baseURL: string): Promise<number> {
  await page.addInitScript((selector) => {
    const win = window as PaintWindow;
    win.benchLongTasksEnd = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        win.benchLongTasksEnd = Math.max(
          win.benchLongTasksEnd ?? 0,
          task.startTime + task.duration,
        );
      }
    }).observe({ type: 'longtask', buffered: true });
    const done = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          win.benchHeatmapPainted ??= performance.now();
        }, 0),
      );
    new MutationObserver((_, observer) => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      done();
    }).observe(document, { childList: true, subtree: true });
  }, HEATMAP_CAPTION);
  await page.goto(`${baseURL}/rounds/${newestRound().id}`);
  const settled = await page.waitForFunction(
    (quiet) => {
      const win = window as PaintWindow;
      if (win.benchHeatmapPainted === undefined) return false;
      const ready = Math.max(win.benchHeatmapPainted, win.benchLongTasksEnd ?? 0);
      return performance.now() - ready > quiet && ready;
    },
    QUIET_MS,
    { timeout: 30_000, polling: 50 },
  );
  return Number(await settled.jsonValue());
}
