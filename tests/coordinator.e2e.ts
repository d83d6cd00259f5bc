// Issue 3's flow in Chromium: from an empty device, load the demo data, open the follow-up
// round, sort the heatmap, compare three agencies, read the most uneven area, see who
// improved, remove the demo data and find the person's own records as they were. The
// expected figures are computed in Node from the same seeded generator the app uses
// (fixtures/coordinator.ts). The same screens pass axe in coordinator-axe.e2e.ts.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { trendHighlights } from '@/domain/compare/trend-table';
import { heatmapRows, sortHeatmap } from '@/domain/round/heatmap';
import { buildTrends } from '@/domain/round/trends';
import { toPercent } from '@/domain/scoring/bands';
import {
  agencyId,
  area,
  baseline,
  collator,
  COMPARED,
  demo,
  followUp,
  input,
  MULTI_ROLE,
  OWN_ASSESSMENT,
  q,
  view,
} from './fixtures/coordinator';
import { english, findItem } from './fixtures/questionnaire';
import { AgencyDetailPage } from './pages/AgencyDetailPage';
import { ComparePage } from './pages/ComparePage';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { RoundScreenPage } from './pages/RoundScreenPage';
import { RoundsPage } from './pages/RoundsPage';
import { StartPage } from './pages/StartPage';
import { TrendsPage } from './pages/TrendsPage';
import { EN } from './pages/texts';
import { WizardPage } from './pages/WizardPage';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { EVENTUALLY } from './support/eventually';
import { readAssessment } from './support/indexeddb';
import { ownRecords, snapshot } from './support/indexeddb-stores';
import { watchPages } from './support/watch';

const baseURL = inject('baseURL');

describe('coordinator: demo data from an empty device to its removal', () => {
  let browser: LaunchedBrowser | undefined;
  const watch = watchPages();
  const page = (): Page => {
    if (!browser) throw new Error('the browser did not start');
    return browser.page;
  };

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'en-US', serviceWorkers: 'block' });
    browser.context.setDefaultTimeout(15_000);
    watch.attach(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an empty device offers the demo data, which opens the rounds', async () => {
    const home = new HomePage(page());
    await home.goto(baseURL);
    await page().getByRole('button', { name: 'Explore with demo data', exact: true }).click();
    const rounds = new RoundsPage(page());
    await rounds.waitUntilShown();
    await rounds.round(followUp.name).waitFor();
    expect(await rounds.round(baseline.name).count()).toBe(1);
    expect(await rounds.trendsLink.count()).toBe(1);
  });

  test('the follow-up round’s heatmap sorts by an area', async () => {
    await new RoundsPage(page()).round(followUp.name).click();
    const round = new RoundScreenPage(page());
    await round.waitForHeading(followUp.name);
    expect(round.roundId()).toBe(followUp.id);

    const interoperability = area('interoperability');
    await round.sortHeatmapBy(interoperability);
    expect(await round.heatmapSort(interoperability)).toBe('ascending');
    const expected = sortHeatmap(
      heatmapRows(view),
      { column: { kind: 'dimension', dimensionId: 'interoperability' }, direction: 'ascending' },
      collator.compare,
    );
    const shown = await round.heatmapRows();
    const agency = Object.keys(shown[0] ?? {})[0] ?? '';
    expect(shown.map((r) => r[agency]?.replace(/ demo$/, ''))).toEqual(expected.map((r) => r.name));
    expect(shown.map((r) => parseFloat(r[interoperability] ?? ''))).toEqual(
      expected.map((r) => toPercent(r.dimensions.interoperability ?? NaN)),
    );
  });

  test('three agencies compared: the address keeps them, the table shows their figures', async () => {
    const round = new RoundScreenPage(page());
    await round.openCompare();
    const compare = new ComparePage(page());
    await compare.waitUntilShown();
    for (const name of COMPARED) await compare.choose(name);
    await expect.poll(() => compare.chosenInAddress(), EVENTUALLY).toEqual(COMPARED.map(agencyId));
    await compare.radar.waitFor();
    expect(await compare.agencies()).toEqual(COMPARED);

    const overall = COMPARED.map((name) => {
      const score = view.rows.find((r) => r.agency.name === name)?.score?.overall;
      return `${toPercent(score?.score ?? NaN)} ${score?.band ?? ''}`;
    });
    const shown = await compare.row('Overall');
    // The last cell is the target; "highest" follows the top score.
    expect(shown.slice(0, 3).map((c) => c.replace(/ highest$/, ''))).toEqual(overall);
    expect(shown[0]).toMatch(/ highest$/);

    // The address alone brings the comparison back.
    await page().reload();
    await compare.waitUntilShown();
    expect(await compare.agencies()).toEqual(COMPARED);
  });

  test('the fragmentation reading names the most uneven area the figures give', async () => {
    const round = new RoundScreenPage(page());
    await round.goto(baseURL, followUp.id, followUp.name);
    const uneven = view.statistics.mostUneven;
    if (!uneven) throw new Error('the demo round has a most uneven area');
    const spread = view.statistics.dimensions.find((d) => d.dimensionId === uneven)?.summary;
    const reading = await round.reading();
    expect(reading).toContain(
      `${area(uneven)} is the most uneven area: scores range from ${toPercent(spread?.min ?? NaN)} to ${toPercent(spread?.max ?? NaN)}`,
    );
  });

  test('an agency with three respondents shows each role, and links to their results', async () => {
    const round = new RoundScreenPage(page());
    await round.openAgency(MULTI_ROLE);
    const agency = new AgencyDetailPage(page());
    await agency.waitUntilShown(MULTI_ROLE);
    await agency.roleMeans.waitFor();
    expect(await agency.roleMeans.locator('thead th').count()).toBe(4);
    expect(await agency.respondentLinks.count()).toBe(3);
    await agency.respondentLinks.first().click();
    await new ResultsPage(page()).waitForHeading(EN.resultsTitle);
  });

  test('trends between the two rounds show who improved and who fell back', async () => {
    const rounds = new RoundsPage(page());
    await rounds.goto(baseURL);
    await rounds.trendsLink.click();
    const trends = new TrendsPage(page());
    await trends.waitUntilShown();

    const trend = buildTrends(input(baseline), input(followUp));
    const name = (id: string) => demo.agencies.find((a) => a.id === id)?.name ?? id;
    const { improved, fellBack } = trendHighlights(trend.agencies, (a, b) =>
      collator.compare(name(a.agencyId), name(b.agencyId)),
    );
    const names = (entries: string[]) => entries.map((e) => e.replace(/( demo)?: .*$/, ''));
    expect(names(await trends.improved())).toEqual(improved.map((t) => name(t.agencyId)));
    expect(names(await trends.fellBack())).toEqual(fellBack.map((t) => name(t.agencyId)));
    const top = improved[0];
    expect((await trends.improved())[0]).toContain(
      `+${toPercent(top?.overall.change ?? NaN)} points overall`,
    );
  });

  test('removing the demo data leaves the person’s own records exactly as they were', async () => {
    // The home page offers the demo only on an empty device, so the person's own agency,
    // round and draft are made here, through the start form, while the demo data is loaded.
    const start = new StartPage(page());
    await start.goto(baseURL);
    await start.field('Agency being assessed').selectOption({ label: 'Add a new agency…' });
    await start.field('Round').selectOption({ label: 'Add a new round…' });
    await start.fill(OWN_ASSESSMENT);
    const id = await start.start();
    const wizard = new WizardPage(page());
    const item = findItem(q, 'lead.responsible-unit').item;
    await wizard.item(english(item.text)).level(3).check();
    await expect
      .poll(async () => (await readAssessment(page(), id)).answers[item.id]?.response, EVENTUALLY)
      .toEqual({ kind: 'value', value: 3 });

    const before = await snapshot(page());
    const own = ownRecords(before);
    expect(own.assessments).toHaveLength(1);
    expect(before.assessments.length).toBeGreaterThan(own.assessments.length);

    const home = new HomePage(page());
    await home.goto(baseURL);
    await page().getByRole('button', { name: 'Remove demo data', exact: true }).click();
    await page()
      .getByRole('status')
      .filter({ hasText: /^Demo data removed/ })
      .waitFor();

    const after = await snapshot(page());
    expect(after.agencies).toEqual(own.agencies);
    expect(after.rounds).toEqual(own.rounds);
    expect(after.assessments).toEqual(own.assessments);
    expect(after.places).toEqual(own.places);
    expect(after.questionnaires).toEqual(before.questionnaires);
    expect(after.settings).toEqual(before.settings);
    expect(await home.drafts.allInnerTexts()).toEqual([
      `${OWN_ASSESSMENT.agency.name} · ${OWN_ASSESSMENT.round.name}`,
    ]);
  });

  test('logged no errors and requested nothing outside its own origin', () => {
    expect(watch.errors()).toEqual([]);
    expect(watch.offOrigin(new URL(baseURL).origin)).toEqual([]);
  });
});
