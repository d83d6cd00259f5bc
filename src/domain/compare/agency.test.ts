import { agencyScoreRows, divergentItems, findAgencyRow, roleMeanRows } from './agency';
import { twoRoleView } from './test-fixtures';

const view = twoRoleView({ a: 0.6, b: 0.5 });
const row = findAgencyRow(view, 'two');
const combined = row?.combined;
if (!row || !combined) throw new Error('the fixture agency has no combined score');

describe('findAgencyRow', () => {
  it('finds an agency of the round by id, or null', () => {
    expect(findAgencyRow(view, 'one')?.agency.name).toBe('Customs Service');
    expect(findAgencyRow(view, 'nobody')).toBeNull();
  });
});

describe('roleMeanRows', () => {
  it('gives each role’s mean per dimension and overall (figures in test-fixtures.ts)', () => {
    expect(combined.roleMeans.map((r) => [r.role, r.respondents])).toEqual([
      ['leadership', 1],
      ['itUnit', 1],
    ]);
    expect(roleMeanRows(view.questionnaire, combined)).toEqual([
      { dimensionId: 'a', values: [0.75, 0.375] },
      { dimensionId: 'b', values: [0.25, 0.5] },
      { dimensionId: null, values: [0.5, 0.4375] },
    ]);
  });
});

describe('divergentItems', () => {
  it('lists the items whose role means differ by a level or more, largest first', () => {
    const items = divergentItems(view.questionnaire, combined);
    expect(
      items.map((d) => [d.itemId, d.dimension.id, d.spread, d.byRole, d.item.text.en]),
    ).toEqual([
      ['a1', 'a', 0.75, { leadership: 1, itUnit: 0.25 }, 'Is there a strategy?'],
      ['b1', 'b', 0.25, { leadership: 0.25, itUnit: 0.5 }, 'Are services online?'],
    ]);
  });

  it('keeps the questionnaire order between equal spreads', () => {
    const tied = {
      ...combined,
      divergent: [
        { itemId: 'b1', dimensionId: 'b', min: 0, max: 0.5, spread: 0.5, byRole: {} },
        { itemId: 'a2', dimensionId: 'a', min: 0, max: 0.5, spread: 0.5, byRole: {} },
        { itemId: 'gone', dimensionId: 'a', min: 0, max: 1, spread: 1, byRole: {} },
      ],
    };
    expect(divergentItems(view.questionnaire, tied).map((d) => d.itemId)).toEqual(['a2', 'b1']);
  });
});

describe('agencyScoreRows', () => {
  it('gives the combined score, band, stage, target and gap per dimension and overall', () => {
    const rows = agencyScoreRows(view, row.score ?? combined.score);
    expect(rows.map((r) => [r.dimensionId, r.score, r.band, r.stage, r.target, r.gap])).toEqual([
      // 0.5625: band B, stage floor(1 + 2.25) = 3; gap 0.6 − 0.5625 = 0.0375.
      ['a', 0.5625, 'B', 3, 0.6, 0.0375],
      // 0.375: band C, stage floor(1 + 1.5) = 2; gap 0.5 − 0.375 = 0.125.
      ['b', 0.375, 'C', 2, 0.5, 0.125],
      // 0.46875 against the overall target (0.6 + 0.5) / 2 = 0.55: gap 0.08125.
      [null, 0.46875, 'C', 2, 0.55, 0.08125],
    ]);
    expect(rows.every((r) => r.completeness === 1)).toBe(true);
  });

  it('has no target and no gap where the round sets none', () => {
    const bare = twoRoleView();
    const one = findAgencyRow(bare, 'one');
    const rows = one?.score ? agencyScoreRows(bare, one.score) : [];
    expect(rows.map((r) => [r.target, r.gap])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
