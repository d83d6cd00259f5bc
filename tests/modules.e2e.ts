// Issue 5's modules in Chromium: a new round with the core questionnaire and the disaster
// risk module; a few core answers; the module started from the offer on the core's results,
// answered and submitted; its score shown apart from the core's on both results pages; no
// second module assessment from a second click; and the round screen switched to the module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseQuestionnaire } from '@/domain/questionnaire/parse';
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Answers, Assessment } from '@/domain/records';
import { toPercent } from '@/domain/scoring/bands';
import { scoreAssessment } from '@/domain/scoring/score';
import { NEW_ASSESSMENT } from './fixtures/new-assessment';
import { english, findItem, loadDefaultQuestionnaire } from './fixtures/questionnaire';
import { ModulesSection, MODULE_TEXTS } from './pages/ModulesSection';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewPage } from './pages/ReviewPage';
import { RoundScreenPage } from './pages/RoundScreenPage';
import { StartPage } from './pages/StartPage';
import { WizardPage } from './pages/WizardPage';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { readAssessment, readRound } from './support/indexeddb';
import { readAll } from './support/indexeddb-stores';
import { REPO_ROOT } from './support/server';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');
const core = loadDefaultQuestionnaire();

function loadModule(name: string): Questionnaire {
  const parsed = parseQuestionnaire(
    JSON.parse(readFileSync(join(REPO_ROOT, 'questionnaires', `${name}.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}
const drm = loadModule('ict-disaster-risk');
const DRM = english(drm.title);
const CORE = english(core.title);

/** Per step, the items answered and how: a level, or "Yes" on a yes / partly / no item. */
type Plan = { step: number; answers: [itemId: string, answer: number | 'Yes'][] }[];

const CORE_PLAN: Plan = [
  {
    step: 1,
    answers: [
      ['lead.digital-strategy', 'Yes'],
      ['lead.responsible-unit', 3],
    ],
  },
];
/** The module's required items (and nothing else), so it can be submitted. */
const DRM_PLAN: Plan = [
  {
    step: 1,
    answers: [
      ['warn.hazard-information', 4],
      ['warn.warning-procedure', 2],
    ],
  },
  { step: 2, answers: [['gis.sites-on-map', 3]] },
  {
    step: 3,
    answers: [
      ['cont.critical-systems', 5],
      ['cont.offsite-copies', 3],
      ['cont.power-communication', 'Yes'],
    ],
  },
  { step: 4, answers: [['comm.alert-channels', 1]] },
];

/** The plan as stored answers, to score in Node as the app scores them. */
function planned(plan: Plan): Answers {
  const at = '2026-01-01T00:00:00.000Z';
  return Object.fromEntries(
    plan.flatMap(({ answers }) =>
      answers.map(([id, a]) => [
        id,
        { response: { kind: 'value', value: a === 'Yes' ? 'yes' : a }, at },
      ]),
    ),
  );
}
const number = new Intl.NumberFormat('en');
const percent = (q: Questionnaire, plan: Plan, targets?: Record<string, number>) => {
  const score = scoreAssessment(q, planned(plan), targets).overall.score;
  if (score === null) throw new Error('no score');
  return number.format(toPercent(score));
};

describe('modules: a round with the core questionnaire and a module', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  let coreId = '';
  let moduleId = '';
  let roundId = '';
  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  async function answer(q: Questionnaire, plan: Plan, id: string): Promise<void> {
    const wizard = new WizardPage(page());
    for (const { step, answers } of plan) {
      if (step > 1) await wizard.goto(baseURL, id, step);
      await wizard.waitForStep(step, english(q.dimensions[step - 1]!.title));
      for (const [itemId, a] of answers) {
        const section = wizard.item(english(findItem(q, itemId).item.text));
        await (a === 'Yes' ? section.radio('Yes') : section.level(a)).check();
      }
    }
    const count = plan.flatMap((s) => s.answers).length;
    await expect
      .poll(async () => Object.keys((await readAssessment(page(), id)).answers).length, EVENTUALLY)
      .toBe(count);
  }

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
    browser.context.setDefaultTimeout(15_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a new round takes the core questionnaire and the ticked module', async () => {
    const start = new StartPage(page());
    await start.goto(baseURL);
    // the core is chosen among core questionnaires only; modules are ticked apart
    const select = page().getByLabel('Questionnaire', { exact: true });
    expect(await select.locator('option').allInnerTexts()).toEqual([`${CORE} (${core.version})`]);
    const modules = new ModulesSection(page());
    await start.fill(NEW_ASSESSMENT);
    await modules.startCheckbox(DRM, drm.version).check();
    coreId = await start.start();

    const stored = await readAssessment(page(), coreId);
    roundId = stored.roundId;
    const round = await readRound(page(), roundId);
    expect(round.questionnaires).toEqual([
      { id: core.id, version: core.version },
      { id: drm.id, version: drm.version },
    ]);
    expect(stored.questionnaire.id).toBe(core.id);
    await answer(core, CORE_PLAN, coreId);
  });

  test('the core results offer the module, which opens in the same wizard', async () => {
    const results = new ResultsPage(page());
    await results.goto(baseURL, coreId);
    const modules = new ModulesSection(page());
    expect(await modules.row(true, DRM)).toEqual([DRM, 'not started', '—', '—', '—']);
    await modules.answerButton(DRM).click();
    const wizard = new WizardPage(page());
    await wizard.waitForStep(1, english(drm.dimensions[0]!.title));
    moduleId = wizard.assessmentId();
    expect(moduleId).not.toBe(coreId);
    const module = await readAssessment(page(), moduleId);
    expect(module).toMatchObject({
      roundId,
      questionnaire: { id: drm.id, version: drm.version },
      respondent: { name: NEW_ASSESSMENT.respondent.name, role: 'itUnit' },
      status: 'draft',
    });
    await answer(drm, DRM_PLAN, moduleId);
    await wizard.goto(baseURL, moduleId, drm.dimensions.length);
    await wizard.toReview();
    await new ReviewPage(page()).submit();
  });

  test('the module’s results are its own; the core’s list the module apart', async () => {
    const round = await readRound(page(), roundId);
    const moduleScore = percent(drm, DRM_PLAN, round.targets[drm.id]);
    const coreScore = percent(core, CORE_PLAN, round.targets[core.id]);
    expect(moduleScore).not.toBe(coreScore);

    // on the module's own results page: its score, and the core beside it
    const results = new ResultsPage(page());
    expect(results.assessmentId()).toBe(moduleId);
    expect(await results.overallScore()).toBe(moduleScore);
    await page().getByText(MODULE_TEXTS.moduleNote).waitFor();
    const modules = new ModulesSection(page());
    const coreRow = await modules.row(false, MODULE_TEXTS.coreOption(CORE));
    expect(coreRow.slice(0, 3)).toEqual([MODULE_TEXTS.coreOption(CORE), 'draft', coreScore]);

    // on the core's results: the core score as before, the module's in its own table
    await results.goto(baseURL, coreId);
    expect(await results.overallScore()).toBe(coreScore);
    const row = await modules.row(true, DRM);
    expect(row.slice(0, 3)).toEqual([DRM, 'submitted', moduleScore]);
    expect(await modules.answerButton(DRM).count()).toBe(0);
    await expectNoAxeViolations(page(), 'core results with a module');
    await page()
      .getByRole('link', { name: MODULE_TEXTS.open(DRM), exact: true })
      .click();
    await results.waitForHeading('Results');
    expect(results.assessmentId()).toBe(moduleId);

    // one module assessment, however it was reached
    const all = (await readAll(page(), 'assessments')) as Assessment[];
    expect(all.filter((a) => a.questionnaire.id === drm.id)).toHaveLength(1);
  });

  test('the round screen switches to the module: its areas and its scores only', async () => {
    const round = new RoundScreenPage(page());
    await round.goto(baseURL, roundId, NEW_ASSESSMENT.round.name);
    const modules = new ModulesSection(page());
    const headers = async () =>
      (await round.heatmap.getByRole('columnheader').allInnerTexts()).map((h) =>
        h.replace(/[↕▲▼]/g, '').trim(),
      );
    const area = (q: Questionnaire, i: number) => {
      const d = q.dimensions[i]!;
      return english(d.shortTitle ?? d.title);
    };
    expect(
      await modules.switchLink(MODULE_TEXTS.coreOption(CORE)).getAttribute('aria-current'),
    ).toBe('page');
    // the core is still a draft: no core scores, and the submitted module is not counted in
    await page()
      .getByText('No agency has submitted an assessment in this round yet.')
      .first()
      .waitFor();
    expect(await round.heatmap.count()).toBe(0);

    await modules.switchLink(MODULE_TEXTS.moduleOption(DRM)).click();
    await expect.poll(headers, EVENTUALLY).toContain(area(drm, 0));
    expect(new URL(page().url()).searchParams.get('q')).toBe(drm.id);
    const shown = await headers();
    expect(shown).not.toContain(area(core, 0));
    for (let i = 0; i < drm.dimensions.length; i++) expect(shown).toContain(area(drm, i));
    await expectNoAxeViolations(page(), 'round screen on a module');
    const [row] = await round.heatmapRows();
    const moduleScore = percent(drm, DRM_PLAN, (await readRound(page(), roundId)).targets[drm.id]);
    expect(row?.Overall).toContain(moduleScore);

    // the address alone opens the module view again
    await page().reload();
    await round.waitForHeading(NEW_ASSESSMENT.round.name);
    await expect.poll(headers, EVENTUALLY).toContain(area(drm, 0));
    expect(watch.errors()).toEqual([]);
  });
});
