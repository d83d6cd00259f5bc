// Two agencies' devices: profile A answers, submits and exports (plain and encrypted);
// profile B, fresh, refuses an altered file and a wrong passphrase with nothing stored,
// then imports both and shows the same overall score.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { planAnswers } from './fixtures/answer-plan';
import { AnswerJourney } from './fixtures/journey';
import { startAssessment } from './fixtures/new-assessment';
import { loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { countRecords, dumpStore, ExchangePages } from './pages/ExchangePages';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import {
  launchBrowser,
  recordRequests,
  type LaunchedBrowser,
  type RequestLog,
} from './support/browser';

const baseURL = inject('baseURL');
const q = loadDefaultQuestionnaire();
const PASSPHRASE = 'correct horse battery';

describe('results travel from one browser profile to a fresh one as files', () => {
  let a: LaunchedBrowser | undefined;
  let b: LaunchedBrowser | undefined;
  const requests: RequestLog[] = [];
  let id = '';
  let score = '';
  let plain = { name: '', text: '' };
  let encrypted = { name: '', text: '' };

  const pageOf = (browser: LaunchedBrowser | undefined): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    a = await launchBrowser({ locale: 'en-US' });
    b = await launchBrowser({ locale: 'en-US' });
    for (const browser of [a, b]) {
      browser.context.setDefaultTimeout(15_000);
      requests.push(recordRequests(browser.page));
    }
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  test('profile A answers every step and submits', async () => {
    const page = pageOf(a);
    id = await startAssessment(page, baseURL);
    const journey = new AnswerJourney(q, planAnswers(q));
    const wizard = new WizardPage(page);
    for (let step = 1; step <= q.dimensions.length; step++) {
      if (step > 1) await wizard.next();
      await journey.answerStep(wizard, step);
    }
    await wizard.toReview();
    const review = new ReviewPage(page);
    await review.allAnswered.waitFor();
    await review.submit();
    score = await new ResultsPage(page).overallScore();
    expect(score).toMatch(/^\d/);
  });

  test('profile A exports it from the results page, plain and encrypted', async () => {
    const page = pageOf(a);
    await page.getByRole('link', { name: 'Export this assessment' }).click();
    const exchange = new ExchangePages(page);
    await page.getByRole('heading', { level: 1, name: 'Export results' }).waitFor();
    await expectNoAxeViolations(page, 'export (en)');
    plain = await exchange.export();
    expect(plain.name).toMatch(/\.json$/);
    expect(JSON.parse(plain.text)).toMatchObject({ format: 'egov-readiness-exchange' });
    encrypted = await exchange.export(PASSPHRASE);
    expect(encrypted.text).not.toContain('Aida Bekova');
    expect(JSON.parse(encrypted.text)).toMatchObject({ encrypted: { iterations: 600_000 } });
  });

  test('profile B refuses an altered file, naming the file and the problem', async () => {
    const page = pageOf(b);
    const exchange = new ExchangePages(page);
    await exchange.gotoImport(baseURL);
    const altered = {
      name: 'altered.json',
      text: plain.text.replace('Aida Bekova', 'Aida Bekovx'),
    };
    expect(altered.text).not.toBe(plain.text);
    await exchange.pick([altered]);
    const card = exchange.card('altered.json');
    await card.getByText(/The file was changed after it was made/).waitFor();
    expect(await exchange.confirm.count()).toBe(0);
    await expectNoAxeViolations(page, 'import with a problem (en)');
    expect(await countRecords(page, 'assessments')).toBe(0);
  });

  test('profile B refuses a wrong passphrase, then opens the file with the right one', async () => {
    const page = pageOf(b);
    const exchange = new ExchangePages(page);
    await exchange.gotoImport(baseURL);
    await exchange.pick([{ name: 'secret.json', text: encrypted.text }]);
    await exchange.unlock('secret.json', 'not the passphrase');
    await exchange
      .card('secret.json')
      .getByText(/The passphrase is wrong/)
      .waitFor();
    expect(await countRecords(page, 'assessments')).toBe(0);
    await exchange.unlock('secret.json', PASSPHRASE);
    await exchange
      .card('secret.json')
      .getByText(/To add: 3/)
      .waitFor();
    expect(await countRecords(page, 'assessments')).toBe(0);
  });

  test('profile B imports both files at once and shows the same overall score', async () => {
    const page = pageOf(b);
    const exchange = new ExchangePages(page);
    await exchange.pick([plain]);
    await exchange
      .card(plain.name)
      .getByText(/To add: 3/)
      .waitFor();
    await expectNoAxeViolations(page, 'import preview (en)');
    await exchange.confirm.click();
    await page.getByText(/^Imported\./).waitFor();
    expect(await countRecords(page, 'assessments')).toBe(1);
    const results = new ResultsPage(page);
    await results.goto(baseURL, id);
    expect(await results.overallScore()).toBe(score);
  });

  test('importing the same file again changes nothing', async () => {
    const page = pageOf(b);
    const exchange = new ExchangePages(page);
    await exchange.gotoImport(baseURL);
    await exchange.pick([plain]);
    await exchange
      .card(plain.name)
      .getByText('Everything in this file is already on this device.')
      .waitFor();
    expect(await exchange.confirm.isDisabled()).toBe(true);
  });

  test('the exchange screens pass axe in Kyrgyz, Russian and English', async () => {
    const page = pageOf(b);
    for (const locale of ['ky', 'ru', 'en']) {
      await page.evaluate((l) => localStorage.setItem('egov.locale', l), locale);
      for (const path of ['/exchange', '/exchange/import', '/exchange/backup']) {
        await page.goto(`${baseURL}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        await expectNoAxeViolations(page, `${path} (${locale})`);
      }
    }
  });

  test('a backup of profile A restores into a fresh profile record by record', async () => {
    const pageA = pageOf(a);
    await pageA.goto(`${baseURL}/exchange/backup`);
    await pageA.getByRole('heading', { level: 1, name: 'Back up and restore' }).waitFor();
    await pageA.getByText(/^Space used: /).waitFor();
    const download = pageA.waitForEvent('download');
    await pageA.getByRole('button', { name: 'Back up everything', exact: true }).click();
    const file = await download;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) {
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
    const backup = { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    expect(JSON.parse(backup.text)).toMatchObject({ kind: 'backup' });

    const c = await launchBrowser({ locale: 'en-US' });
    try {
      const pageC = c.page;
      requests.push(recordRequests(pageC));
      await pageC.goto(`${baseURL}/exchange/backup`);
      await pageC.getByLabel('Choose a backup file', { exact: true }).setInputFiles({
        name: backup.name,
        mimeType: 'application/json',
        buffer: Buffer.from(backup.text, 'utf8'),
      });
      await pageC.getByText(/^This file is a backup made on /).waitFor();
      await pageC.getByRole('button', { name: 'Restore', exact: true }).click();
      await pageC.getByText(/^Imported\./).waitFor();
      for (const store of ['agencies', 'rounds', 'assessments', 'actions']) {
        expect(await dumpStore(pageC, store)).toEqual(await dumpStore(pageA, store));
      }
      const contents = async (page: Page) =>
        (await dumpStore(page, 'questionnaires')).map((q) => (q as { content: unknown }).content);
      expect(await contents(pageC)).toEqual(await contents(pageA));
    } finally {
      await c.close();
    }
  });

  test('requested nothing outside its own origin', () => {
    const origin = new URL(baseURL).origin;
    for (const log of requests) expect(log.offOrigin(origin)).toEqual([]);
  });
});
