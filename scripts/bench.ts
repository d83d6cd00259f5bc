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
  machineSpeedMs,
  measureJsBytes,
  median,
  printTable,
  timeScenario,
  type Scenario,
} from './bench-support';
import {
  createDraftAtStep3,
  draftId,
  timeClickToStored,
  timeNextStep,
  timeOpenDraft,
  UNANSWERED_ON_STEP_3,
} from './bench-draft';
import { BENCH_AGENCIES, seedRoundData, timeRoundScreen } from './bench-coordinator';

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
  {
    name: 'open draft at its step: navigation start → first question visible',
    setup: async (page, baseURL) => void (await createDraftAtStep3(page, baseURL)),
    measure: async (page, baseURL) => (await timeOpenDraft(page, baseURL, draftId(page))).visible,
  },
  {
    name: '  … the live question painted, ready to answer',
    setup: async (page, baseURL) => void (await createDraftAtStep3(page, baseURL)),
    measure: async (page, baseURL) => (await timeOpenDraft(page, baseURL, draftId(page))).live,
  },
  {
    name: 'next step: click "Next" on a settled step → next step heading painted',
    setup: async (page, baseURL) => void (await createDraftAtStep3(page, baseURL)),
    measure: (page) => timeNextStep(page, true),
  },
  {
    name: '  … "Next" clicked the moment the step appeared',
    setup: async (page, baseURL) => void (await createDraftAtStep3(page, baseURL)),
    measure: (page) => timeNextStep(page),
  },
  {
    name: 'click an answer → stored in IndexedDB',
    setup: async (page, baseURL) => void (await createDraftAtStep3(page, baseURL)),
    measure: (page) => timeClickToStored(page, UNANSWERED_ON_STEP_3),
  },
  {
    name: `round screen, ${BENCH_AGENCIES} agencies: navigation start → heatmap painted, no long task left`,
    setup: seedRoundData,
    measure: timeRoundScreen,
  },
];

async function printBytes(baseURL: string, distDir: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const home = await measureJsBytes(browser.page, baseURL, distDir);
    // A fresh tab, so only what opening the draft loads is counted.
    const id = await createDraftAtStep3(await browser.context.newPage(), baseURL);
    const draft = await measureJsBytes(
      await browser.context.newPage(),
      `${baseURL}/assessments/${id}`,
      distDir,
    );
    const all = distJsGzipBytes(distDir);
    console.log('\nJavaScript, gzip level 9');
    printTable(
      ['', 'files', 'bytes', 'size'],
      [
        ['loaded by the home page', home.files.length, home.gzipBytes, kB(home.gzipBytes)],
        [
          'loaded to open a draft at its step',
          draft.files.length,
          draft.gzipBytes,
          kB(draft.gzipBytes),
        ],
        ['all of dist/assets', all.files.length, all.gzipBytes, kB(all.gzipBytes)],
      ],
    );
    for (const [title, bytes] of [
      ['Loaded by the home page', home],
      ['Loaded to open a draft at its step (/assessments/<id>)', draft],
    ] as const) {
      console.log(`\n${title}`);
      printTable(
        ['file', 'bytes'],
        bytes.files.map((file) => [file.path, file.gzipBytes]),
      );
    }
  } finally {
    await browser.close();
  }
}

async function printTimes(baseURL: string): Promise<boolean> {
  const rows: string[][] = [];
  let ok = true;
  const speedBefore = machineSpeedMs();
  for (const scenario of scenarios) {
    const row = [scenario.name];
    for (const rate of CPU_RATES) {
      try {
        const times = await timeScenario(scenario, baseURL, rate, RUNS);
        row.push(
          `${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})`,
        );
      } catch (error) {
        ok = false;
        row.push('failed');
        console.error(`${scenario.name} at ${rate}× CPU: ${String(error)}`);
      }
    }
    rows.push(row);
  }
  const speedAfter = machineSpeedMs();
  console.log(`\nMedian of ${RUNS} runs, each in a fresh browser (fastest–slowest in brackets)`);
  printTable(
    ['scenario', ...CPU_RATES.map((rate) => (rate === 1 ? 'CPU 1×' : `CPU ${rate}× slower`))],
    rows,
  );
  console.log(
    `Machine speed: a fixed loop took ${speedBefore.toFixed(0)} ms before these timings and ` +
      `${speedAfter.toFixed(0)} ms after (lower is faster); compare runs taken at like speeds.`,
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
