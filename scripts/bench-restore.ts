/**
 * `npx vite-node scripts/bench-restore.ts` (after `npx vite build`): prints how long the built
 * app takes in Chromium to restore a backup of 10,000 assessments into an empty browser
 * profile through the backup page: the file is picked, checked and previewed, then "Restore"
 * writes it in one transaction. Budget: < 10 s in all.
 *
 * The backup is made in Node from the seeded demo generator (1,600 agencies over 5 rounds on
 * the shipped core questionnaire, the first 10,000 assessments, written as the app writes a
 * backup: pretty-printed, about 110 MB), so every run restores the same bytes. Times are the page's own clock (bench-timing.ts); `E2E_DIST` serves another
 * build folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SEED, generateFromPlan } from '../src/domain/demo/generate';
import { scaledDemoPlan } from '../src/domain/demo/plan';
import { createExchangeFile } from '../src/domain/exchange/create';
import { countRecords } from '../tests/pages/ExchangePages';
import { loadDefaultQuestionnaire } from '../tests/fixtures/questionnaire';
import { launchBrowser } from '../tests/support/browser';
import { startPreviewServer } from '../tests/support/server';
import {
  appMeasures,
  mainThreadTime,
  msFromClickToText,
  msFromPickToButton,
  recordPageEvents,
} from './bench-timing';

const ASSESSMENTS = 10_000;
const BUDGET_S = 10;

async function makeBackup(dir: string): Promise<{ path: string; bytes: number }> {
  const q = loadDefaultQuestionnaire();
  const data = generateFromPlan(q, scaledDemoPlan(1600, 5), DEMO_SEED);
  if (data.assessments.length < ASSESSMENTS) throw new Error('the bench plan is too small');
  const text = await createExchangeFile(
    {
      questionnaires: [q],
      // A coordinator's own records, not demo ones (the demo flag is dropped).
      agencies: data.agencies.map(({ demo: _, ...agency }) => agency),
      rounds: data.rounds.map(({ demo: _, ...round }) => round),
      assessments: data.assessments.slice(0, ASSESSMENTS).map(({ demo: _, ...a }) => a),
    },
    { kind: 'backup', appVersion: 'bench', now: '2026-01-01T00:00:00.000Z' },
  );
  const path = join(dir, 'backup-bench.json');
  await writeFile(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}

const dir = await mkdtemp(join(tmpdir(), 'bench-restore-'));
const server = await startPreviewServer();
const browser = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
try {
  const { path, bytes } = await makeBackup(dir);
  const page = browser.page;
  page.setDefaultTimeout(300_000);
  await page.goto(`${server.baseURL}/exchange/backup`);
  await page.getByRole('heading', { level: 1, name: 'Back up and restore' }).waitFor();
  await recordPageEvents(page);
  const busy = await mainThreadTime(page);
  const t0 = performance.now();
  await page.getByLabel('Choose a backup file', { exact: true }).setInputFiles(path);
  const previewMs = await msFromPickToButton(page, 'Restore');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  const restoreMs = await msFromClickToText(page, 'Imported.');
  const t1 = performance.now();
  const busyS = await busy.stop();
  const stored = await countRecords(page, 'assessments');
  if (stored !== ASSESSMENTS) {
    throw new Error(`expected ${ASSESSMENTS} assessments restored, found ${stored}`);
  }
  const total = (previewMs + restoreMs) / 1000;
  console.log(
    `restore: a backup of ${ASSESSMENTS} assessments (${(bytes / 1024 / 1024).toFixed(1)} MB) into an empty profile`,
  );
  console.log(`  picked → checked and previewed: ${(previewMs / 1000).toFixed(2)} s`);
  console.log(`  restore → written (one transaction): ${(restoreMs / 1000).toFixed(2)} s`);
  console.log(`  total (app): ${total.toFixed(2)} s (budget < ${BUDGET_S} s)`);
  console.log(`  wall clock with the harness: ${((t1 - t0) / 1000).toFixed(2)} s`);
  for (const line of await appMeasures(page)) console.log(`    of which ${line}`);
  console.log(`  page main thread CPU time meanwhile: ${busyS.toFixed(2)} s (less load-dependent)`);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
