/**
 * A round for the agency-page tests (not imported by app code): one agency answered by its
 * leadership and its IT unit, who disagree, and one agency with a single respondent.
 *
 * Items are level items, score (L − 1) / 4. Dimension a: a1, a2; dimension b: b1.
 *   leadership: a1 = 5 (1.00), a2 = 3 (0.50), b1 = 2 (0.25)
 *   IT unit:    a1 = 2 (0.25), a2 = 3 (0.50), b1 = 3 (0.50)
 * Divergence (max − min role mean): a1 0.75 (flagged), a2 0, b1 0.25 (flagged: ≥ 0.25).
 * Role means: leadership a (1 + 0.5) / 2 = 0.75, b 0.25, overall 0.5;
 *             IT unit a (0.25 + 0.5) / 2 = 0.375, b 0.5, overall 0.4375.
 * Combined (mean of role means per item): a1 0.625, a2 0.5 → a 0.5625; b1 0.375 → b 0.375;
 * overall (0.5625 + 0.375) / 2 = 0.46875.
 */
import type { Questionnaire } from '../questionnaire/types';
import type { Round } from '../records';
import { buildRoundView } from '../round/round-view';
import { agency, assessment, round } from '../round/test-fixtures';
import type { RoundInput, RoundView } from '../round/types';
import { answers, dimension, levelItem, questionnaire } from '../scoring/test-fixtures';

export function twoRoleQuestionnaire(): Questionnaire {
  const q = questionnaire([
    dimension('a', [
      levelItem('a1', { text: { en: 'Is there a strategy?', ru: 'Есть ли стратегия?' } }),
      levelItem('a2'),
    ]),
    dimension('b', [levelItem('b1', { text: { en: 'Are services online?' } })]),
  ]);
  return { ...q, locales: ['en', 'ru'] };
}

export function twoRoleView(targets?: Record<string, number>): RoundView {
  const q = twoRoleQuestionnaire();
  const r = round('r1', q, targets);
  const agencies = [agency('two', 'Ministry of Justice'), agency('one', 'Customs Service')];
  return buildRoundView({
    round: r,
    questionnaire: q,
    agencies,
    assessments: [
      assessment('two', r, answers({ a1: 5, a2: 3, b1: 2 }), { role: 'leadership' }),
      assessment('two', r, answers({ a1: 2, a2: 3, b1: 3 }), { role: 'itUnit' }),
      assessment('one', r, answers({ a1: 4, a2: 4, b1: 4 }), { role: 'itUnit' }),
    ],
  });
}

/**
 * Two rounds on two versions of one questionnaire, for the trends tests. Version 1.0.0 has
 * a1, a2 (dimension a) and b1 (b); 1.1.0 drops a2 and adds a3. Shared: a1 and b1, so each
 * agency scores (a1 + b1) / 2 on both sides; a2 (always 5) and a3 (always 1) must not count.
 *
 *   agency    earlier a1, b1      later a1, b1       overall change
 *   Tax       2, 2 → 0.25         4, 4 → 0.75        +0.5
 *   Customs   1, 1 → 0            2, 2 → 0.25        +0.25
 *   Energy    1, 1 → 0            1, 2 → 0.125       +0.125
 *   Health    3, 3 → 0.5          4, 3 → 0.625       +0.125
 *   Justice   3, 3 → 0.5          3, 3 → 0.5         0
 *   Culture   4, 4 → 0.75         3, 3 → 0.5         −0.25
 */
export function twoVersionInputs(): { earlier: RoundInput; later: RoundInput } {
  const v1 = questionnaire([
    dimension('a', [levelItem('a1'), levelItem('a2', { text: { en: 'An old question' } })]),
    dimension('b', [levelItem('b1')]),
  ]);
  const v2 = {
    ...questionnaire([
      dimension('a', [levelItem('a1'), levelItem('a3', { text: { en: 'A new question' } })]),
      dimension('b', [levelItem('b1')]),
    ]),
    version: '1.1.0',
  };
  const r1 = { ...round('r1', v1), name: 'Baseline' };
  const r2 = {
    ...round('r2', v2),
    name: 'Follow-up',
    period: { start: '2026-02-01', end: '2026-04-30' },
  };
  const names = ['Tax', 'Customs', 'Energy', 'Health', 'Justice', 'Culture'];
  const before = [
    [2, 2],
    [1, 1],
    [1, 1],
    [3, 3],
    [3, 3],
    [4, 4],
  ];
  const after = [
    [4, 4],
    [2, 2],
    [1, 2],
    [4, 3],
    [3, 3],
    [3, 3],
  ];
  const agencies = names.map((name) => agency(name.toLowerCase(), name));
  const given = (r: Round, extra: string, values: number[][]) =>
    names.map((name, i) => {
      const [a1 = 1, b1 = 1] = values[i] ?? [];
      return assessment(
        name.toLowerCase(),
        r,
        answers({ a1, b1, [extra]: extra === 'a2' ? 5 : 1 }),
      );
    });
  return {
    earlier: { round: r1, questionnaire: v1, agencies, assessments: given(r1, 'a2', before) },
    later: { round: r2, questionnaire: v2, agencies, assessments: given(r2, 'a3', after) },
  };
}
