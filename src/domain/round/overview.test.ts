import { filterByKind, kindsPresent, showsDemoData, statusCounts } from './overview';
import { fixtureView } from './view-fixture';

const view = fixtureView({
  dimensions: ['x'],
  agencies: [
    { name: 'Customs', kind: 'agency', scores: { x: 0.5 } },
    { name: 'Justice', kind: 'ministry', status: 'draft', scores: { x: 0.2 } },
    { name: 'Ecology', kind: 'stateCommittee' },
    { name: 'Defence', kind: 'ministry', scores: { x: 0.9 } },
  ],
});

describe('overview', () => {
  it('filters by agency kind, or not at all', () => {
    expect(filterByKind(view.rows, 'ministry').map((r) => r.agency.name)).toEqual([
      'Defence',
      'Justice',
    ]);
    expect(filterByKind(view.rows, 'all')).toHaveLength(4);
    expect(filterByKind(view.rows, 'localGovernment')).toEqual([]);
  });

  it('offers the kinds that occur, in the fixed order of kinds', () => {
    expect(kindsPresent(view.rows)).toEqual(['ministry', 'stateCommittee', 'agency']);
  });

  it('counts agencies by status', () => {
    expect(statusCounts(view.rows)).toEqual({ notStarted: 1, draft: 1, submitted: 2 });
  });

  it('labels demo data when the round or any agency is demo', () => {
    expect(showsDemoData(view)).toBe(false);
    expect(showsDemoData({ ...view, round: { ...view.round, demo: true } })).toBe(true);
    const demoAgency = fixtureView({ dimensions: ['x'], agencies: [{ name: 'A', demo: true }] });
    expect(showsDemoData(demoAgency)).toBe(true);
  });
});
