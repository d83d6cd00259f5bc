/**
 * `npx vite-node scripts/bench-exchange.ts` (after `npx vite build`): prints how long the
 * built app takes in Chromium to check and preview 500 exchange files of one assessment each,
 * picked at once, and then to import them in one transaction. Budget: < 5 s in all.
 *
 * The files are written to a temporary folder and picked by path, as a person picks them, so
 * the browser reads them from disk itself; handing 5 MB of buffers over the DevTools protocol
 * used to take about 2 s of harness time. The figures are the page's own clock, from the
 * input's `change` event to the confirm button and from the click to "Imported."
 * (see bench-timing.ts); `E2E_DIST` serves another build folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExchangeFile } from '../src/domain/exchange/create';
import { fixtureContent } from '../src/domain/exchange/fixture';
import { countRecords } from '../tests/pages/ExchangePages';
import { launchBrowser } from '../tests/support/browser';
import { startPreviewServer } from '../tests/support/server';
import {
  appMeasures,
  mainThreadTime,
  msFromClickToText,
  msFromPickToButton,
  recordPageEvents,
} from './bench-timing';

const FILES = 500;
const BUDGET_S = 5;

function uuid(n: number, tag: string): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${tag}000000-0000-4000-8000-${hex}`;
}

async function makeFiles(dir: string): Promise<{ paths: string[]; bytes: number }> {
  const paths: string[] = [];
  let bytes = 0;
  for (let n = 0; n < FILES; n++) {
    const content = fixtureContent();
    const [agency] = content.agencies;
    const [assessment] = content.assessments;
    if (!agency || !assessment) throw new Error('fixture');
    agency.id = uuid(n, 'aa');
    agency.name = `Agency ${n}`;
    assessment.id = uuid(n, 'bb');
    assessment.agencyId = agency.id;
    const text = await createExchangeFile(content, {
      kind: 'exchange',
      appVersion: 'bench',
      now: '2025-04-01T00:00:00.000Z',
    });
    const path = join(dir, `agency-${n}.json`);
    await writeFile(path, text);
    paths.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { paths, bytes };
}

const dir = await mkdtemp(join(tmpdir(), 'bench-exchange-'));
const server = await startPreviewServer();
const browser = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
try {
  const { paths, bytes } = await makeFiles(dir);
  const page = browser.page;
  page.setDefaultTimeout(300_000);
  await page.goto(`${server.baseURL}/exchange/import`);
  await page.getByRole('heading', { level: 1, name: 'Import results' }).waitFor();
  await recordPageEvents(page);
  const busy = await mainThreadTime(page);
  const confirmLabel = `Import ${FILES} files`;
  const t0 = performance.now();
  await page.getByLabel('Choose files', { exact: true }).setInputFiles(paths);
  const previewMs = await msFromPickToButton(page, confirmLabel);
  const t1 = performance.now();
  await page.getByRole('button', { name: confirmLabel }).click();
  const importMs = await msFromClickToText(page, 'Imported.');
  const t2 = performance.now();
  const busyS = await busy.stop();
  const stored = await countRecords(page, 'assessments');
  if (stored !== FILES) throw new Error(`expected ${FILES} assessments stored, found ${stored}`);
  const total = (previewMs + importMs) / 1000;
  console.log(`exchange: ${FILES} files (${(bytes / 1024 / 1024).toFixed(1)} MB), picked by path`);
  console.log(`  picked → every file checked and previewed: ${(previewMs / 1000).toFixed(2)} s`);
  console.log(`  confirm → imported (one transaction):       ${(importMs / 1000).toFixed(2)} s`);
  console.log(
    `  total (app):                                 ${total.toFixed(2)} s (budget < ${BUDGET_S} s)`,
  );
  console.log(
    `  wall clock with the harness:                 ${((t2 - t0) / 1000).toFixed(2)} s (${((t1 - t0) / 1000).toFixed(2)} s to preview)`,
  );
  for (const line of await appMeasures(page)) console.log(`    of which ${line}`);
  console.log(`  page main thread CPU time meanwhile: ${busyS.toFixed(2)} s (less load-dependent)`);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
