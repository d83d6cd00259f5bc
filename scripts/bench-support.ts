/**
 * Building blocks for `npm run bench`: what a page costs in gzipped JavaScript, and how long
 * until a marked element is painted, on a normal and a throttled CPU. The server and browser
 * are the ones the end-to-end tests use (tests/support), so both see the same built app.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser';
import { DIST_DIR } from '../tests/support/server';

/** Slows the page's CPU by `rate` (4 ≈ a mid-range phone); keep the session to undo it. */
export async function setCpuThrottling(page: Page, rate: number): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return session;
}

export interface JsFile {
  /** Path inside dist/, e.g. `assets/index-abc123.js`. */
  readonly path: string;
  readonly gzipBytes: number;
}

export interface JsBytes {
  readonly files: readonly JsFile[];
  readonly gzipBytes: number;
}

/** What a gzip-serving server would send for this file (level 9). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).byteLength;
}

function total(files: JsFile[]): JsBytes {
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/** Opens `url` and sums the gzipped size of every JS file the page loaded, lazy chunks included. */
export async function measureJsBytes(
  page: Page,
  url: string,
  distDir = DIST_DIR,
): Promise<JsBytes> {
  const origin = new URL(url).origin;
  const paths = new Set<string>();
  page.on('response', (response) => {
    const { origin: from, pathname } = new URL(response.url());
    if (from === origin && /\.m?js$/.test(pathname)) paths.add(decodeURIComponent(pathname));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const files = [...paths].map((pathname) => {
    const file = resolve(distDir, `.${pathname}`);
    if (!file.startsWith(distDir + sep)) throw new Error(`${pathname} is outside ${distDir}`);
    return { path: relative(distDir, file), gzipBytes: gzipSize(file) };
  });
  return total(files);
}

/** Every JS file under dist/assets, whether or not any page loads it. */
export function distJsGzipBytes(distDir = DIST_DIR): JsBytes {
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => ({ path: join('assets', name), gzipBytes: gzipSize(join(assets, name)) }));
  return total(files);
}

/**
 * Milliseconds from navigation start until the element with `elementtiming="<identifier>"`
 * was painted (Element Timing API: `renderTime`, or `loadTime` when the render time is hidden).
 */
export async function elementTime(
  page: Page,
  identifier: string,
  timeoutMs = 30_000,
): Promise<number> {
  return page.evaluate(
    ({ identifier, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!('identifier' in entry) || entry.identifier !== identifier) continue;
            const renderTime = 'renderTime' in entry ? Number(entry.renderTime) : 0;
            const loadTime = 'loadTime' in entry ? Number(entry.loadTime) : 0;
            observer.disconnect();
            clearTimeout(timer);
            resolve(renderTime || loadTime);
            return;
          }
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(
            new Error(
              `no element timing for "${identifier}" within ${timeoutMs} ms: ` +
                `is there an element with elementtiming="${identifier}"?`,
            ),
          );
        }, timeoutMs);
        observer.observe({ type: 'element', buffered: true });
      }),
    { identifier, timeoutMs },
  );
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** What `machineSpeedMs` computes, kept so the loop cannot be optimised away. */
let loopResult = 0;

/**
 * Milliseconds this machine takes for a fixed piece of arithmetic (lower is faster). A shared
 * machine speeds up and slows down as its neighbours come and go, by a quarter within minutes;
 * printed beside the timings, it tells whether two runs were taken at the same speed.
 */
export function machineSpeedMs(): number {
  const start = performance.now();
  let x = loopResult;
  for (let i = 0; i < 50_000_000; i++) x = (x * 31 + i) | 0;
  loopResult = x;
  return performance.now() - start;
}

/** Prints aligned columns: the first left-aligned (labels), the rest right-aligned (figures). */
export function printTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    widths
      .map((width, i) => (i === 0 ? (row[i] ?? '').padEnd(width) : (row[i] ?? '').padStart(width)))
      .join('  ');
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** One timed user journey; `npm run bench` runs each in a fresh browser per run. */
export interface Scenario {
  readonly name: string;
  /** Unthrottled preparation, not timed (e.g. seed a draft into IndexedDB). */
  setup?(page: Page, baseURL: string): Promise<void>;
  /** The measured part; returns milliseconds (e.g. from `elementTime`). */
  measure(page: Page, baseURL: string): Promise<number>;
}

/** Runs `scenario` `runs` times, each in a new browser with a new profile, at `cpuRate`. */
export async function timeScenario(
  scenario: Scenario,
  baseURL: string,
  cpuRate: number,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchBrowser();
    try {
      await scenario.setup?.(browser.page, baseURL);
      await setCpuThrottling(browser.page, cpuRate);
      times.push(await scenario.measure(browser.page, baseURL));
    } finally {
      await browser.close();
    }
  }
  return times;
}
