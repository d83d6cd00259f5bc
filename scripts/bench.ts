/**
 * `npm run bench`: prints what the built app costs — gzipped JavaScript, and the median time
 * until key elements are painted on a normal and a 4× slowed CPU. Figures, not pass/fail.
 *
 * To add a journey, append a Scenario to `scenarios`. Time it with `elementTime`, which needs
 * the element to carry an `elementtiming="<identifier>"` attribute in the app.
 */
import { launchBrowser } from '../tests/support/browser';
import { startPreviewServer } from '../tests/support/server';
import {
  distJsGzipBytes,
  elementTime,
  kB,
  measureJsBytes,
  median,
  printTable,
  timeScenario,
  type Scenario,
} from './bench-support';

const RUNS = 5;
const CPU_RATES = [1, 4];

/** The `elementtiming` identifier of the home page's h1. */
const HOME_HEADING = 'home-title';

const scenarios: Scenario[] = [
  {
    name: 'home page: navigation start → h1 painted',
    async measure(page, baseURL) {
      await page.goto(baseURL);
      return elementTime(page, HOME_HEADING, 20_000);
    },
  },
];

async function printBytes(baseURL: string, distDir: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const home = await measureJsBytes(browser.page, baseURL, distDir);
    const all = distJsGzipBytes(distDir);
    console.log('\nJavaScript, gzip level 9');
    printTable(
      ['', 'files', 'bytes', 'size'],
      [
        ['loaded by the home page', home.files.length, home.gzipBytes, kB(home.gzipBytes)],
        ['all of dist/assets', all.files.length, all.gzipBytes, kB(all.gzipBytes)],
      ],
    );
    console.log('\nLoaded by the home page');
    printTable(
      ['file', 'bytes'],
      home.files.map((file) => [file.path, file.gzipBytes]),
    );
  } finally {
    await browser.close();
  }
}

async function printTimes(baseURL: string): Promise<boolean> {
  const rows: string[][] = [];
  let ok = true;
  for (const scenario of scenarios) {
    const row = [scenario.name];
    for (const rate of CPU_RATES) {
      try {
        const times = await timeScenario(scenario, baseURL, rate, RUNS);
        row.push(`${median(times).toFixed(0)} ms`);
      } catch (error) {
        ok = false;
        row.push('failed');
        console.error(`${scenario.name} at ${rate}× CPU: ${String(error)}`);
      }
    }
    rows.push(row);
  }
  console.log(`\nMedian of ${RUNS} runs, each in a fresh browser`);
  printTable(
    ['scenario', ...CPU_RATES.map((rate) => (rate === 1 ? 'CPU 1×' : `CPU ${rate}× slower`))],
    rows,
  );
  return ok;
}

const server = await startPreviewServer();
try {
  await printBytes(server.baseURL, server.distDir);
  const ok = await printTimes(server.baseURL);
  if (!ok) process.exitCode = 1;
} finally {
  await server.close();
}
