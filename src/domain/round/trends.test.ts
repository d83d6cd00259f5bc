import {
  answers,
  dimension,
  levelItem,
  NA,
  questionnaire,
  textItem,
  yesPartialNoItem,
} from '../scoring/test-fixtures';
import type { Agency, Assessment, Round } from '../records';
import type { Questionnaire } from '../questionnaire/types';
import { buildTrends, restrictToItems } from './trends';
import { agency, assessment, round } from './test-fixtures';

const input = (r: Round, q: Questionnaire, agencies: Agency[], assessments: Assessment[]) => ({
  round: r,
  questionnaire: q,
  agencies,
  assessments,
});

describe('buildTrends on one questionnaire', () => {
  const q = questionnaire([
    dimension('x', [levelItem('a'), levelItem('b')]),
    dimension('y', [levelItem('c')]),
  ]);
  const E = round('E', q);
  const L = round('L', q);
  const agencies = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => agency(id));
  const trends = buildTrends(
    input(E, q, agencies, [
      assessment('A', E, answers({ a: 2, b: 2, c: 2 })), // 0.25
      assessment('B', E, answers({ a: 5, b: 5, c: 5 })), // 1
      assessment('C', E, answers({ a: 5, b: 5, c: 5 })), // earlier only
      assessment('E', E, answers({ a: 5, b: 5, c: 5 })), // later only a draft
      assessment('F', E, answers({ a: 1, b: 1, c: 1 })), // 0
      assessment('G', E, answers({ a: 3, b: 3, c: 3 })), // 0.5
      assessment('gone', E, answers({ a: 1, b: 1, c: 1 })), // no such agency
    ]),
    input(L, q, agencies, [
      // x (0.75 + 0.75) / 2 = 0.75, y 0.5 → overall 0.625: +0.375
      assessment('A', L, answers({ a: 4, b: 4, c: 3 })),
      // 0.75 everywhere: −0.25
      assessment('B', L, answers({ a: 4, b: 4, c: 4 })),
      assessment('D', L, answers({ a: 5, b: 5, c: 5 })),
      assessment('E', L, answers({ a: 5, b: 5, c: 5 }), { status: 'draft' }),
      // roles: a (1 + 0) / 2, b the same → x 0.5; c 0 → overall 0.25: +0.25
      assessment('F', L, answers({ a: 5, b: 5, c: 1 }), { role: 'leadership' }),
      assessment('F', L, answers({ a: 1, b: 1, c: 1 }), { role: 'itUnit' }),
      // x 0.5, y N/A → overall 0.5: ±0
      assessment('G', L, answers({ a: 3, b: 3, c: NA })),
      assessment('gone', L, answers({ a: 5, b: 5, c: 5 })),
    ]),
  );

  it('lists agencies submitted in both rounds, largest rise first', () => {
    expect(trends.agencies.map((t) => [t.agencyId, t.overall.change])).toEqual([
      ['A', 0.375],
      ['F', 0.25],
      ['G', 0],
      ['B', -0.25],
    ]);
    expect(trends.differentVersions).toBe(false);
    expect(trends.sharedItems).toEqual(['a', 'b', 'c']);
    expect(trends).toMatchObject({ onlyEarlier: [], onlyLater: [], earlier: E, later: L });
  });

  it('gives the change per dimension, null where a round has no score', () => {
    const [a] = trends.agencies;
    expect(a?.dimensions).toEqual({
      x: { before: 0.25, after: 0.75, change: 0.5 },
      y: { before: 0.25, after: 0.5, change: 0.25 },
    });
    expect(a?.overall).toEqual({ before: 0.25, after: 0.625, change: 0.375 });
    const g = trends.agencies.find((t) => t.agencyId === 'G');
    expect(g?.dimensions.y).toEqual({ before: 0.5, after: null, change: null });
  });

  it('is empty when the rounds share no submitted agency', () => {
    const none = buildTrends(input(E, q, agencies, []), input(L, q, agencies, []));
    expect(none.agencies).toEqual([]);
  });
});

describe('buildTrends across questionnaire versions', () => {
  // v2 replaced b by b2 and the gate g by g2; f stays, now opened by g2
  const v1 = {
    ...questionnaire([
      dimension('x', [levelItem('a'), levelItem('b')]),
      dimension('y', [
        yesPartialNoItem('g'),
        levelItem('f', { showIf: { item: 'g', in: ['yes'] } }),
      ]),
    ]),
    version: '1.0.0',
  };
  const v2 = {
    ...questionnaire([
      dimension('x', [levelItem('a'), levelItem('b2')]),
      dimension('y', [
        yesPartialNoItem('g2'),
        levelItem('f', { showIf: { item: 'g2', in: ['yes'] } }),
      ]),
      dimension('z', [textItem('t')]),
    ]),
    version: '2.0.0',
  };
  const E = round('E', v1);
  const L = round('L', v2);
  const agencies = [agency('P'), agency('Q')];
  const trends = buildTrends(
    input(E, v1, agencies, [
      // shared items only: a 0.5, f 1 (b = 1 would pull x down) → overall 0.75
      assessment('P', E, answers({ a: 3, b: 1, g: 'yes', f: 5 })),
      // g = no hides f: its stale 1 must not count → x 0.5, y none → 0.5
      assessment('Q', E, answers({ a: 3, g: 'no', f: 1 })),
    ]),
    input(L, v2, agencies, [
      // a 0.75, f 1 → 0.875 (b2 = 5 left out): +0.125
      assessment('P', L, answers({ a: 4, b2: 5, g2: 'yes', f: 5, t: 'notes' })),
      // a 0.5, f 0.5 → 0.5: ±0
      assessment('Q', L, answers({ a: 3, g2: 'yes', f: 3 })),
    ]),
  );

  it('says the versions differ and lists the items each has alone', () => {
    expect(trends.differentVersions).toBe(true);
    expect(trends.sharedItems).toEqual(['a', 'f']);
    expect(trends.onlyEarlier).toEqual(['b', 'g']);
    expect(trends.onlyLater).toEqual(['b2', 'g2']); // t is free text: never scored
  });

  it('compares the agencies on the shared items only', () => {
    const [p, q] = trends.agencies;
    expect(p).toMatchObject({
      agencyId: 'P',
      overall: { before: 0.75, after: 0.875, change: 0.125 },
      dimensions: { x: { change: 0.25 }, y: { before: 1, after: 1, change: 0 } },
    });
    expect(p?.dimensions.z).toEqual({ before: null, after: null, change: null });
    expect(q).toMatchObject({
      agencyId: 'Q',
      overall: { before: 0.5, after: 0.5, change: 0 },
      dimensions: { y: { before: null, after: 0.5, change: null } },
    });
  });

  it('restricts a questionnaire to items, dropping empty dimensions and dangling show-if', () => {
    const restricted = restrictToItems(v2, new Set(['a', 'f']));
    expect(restricted.dimensions.map((d) => [d.id, d.items.map((i) => i.id)])).toEqual([
      ['x', ['a']],
      ['y', ['f']],
    ]);
    expect(restricted.dimensions[1]?.items[0]).not.toHaveProperty('showIf');
    expect(v2.dimensions[1]?.items[1]).toHaveProperty('showIf'); // the input is left alone
    // with its gate shared, f keeps its show-if
    const gated = restrictToItems(v2, new Set(['g2', 'f']));
    expect(gated.dimensions[0]?.items[1]?.showIf).toEqual({ item: 'g2', in: ['yes'] });
  });
});
