import { scoreAssessment } from './score';
import {
  answers,
  choiceItem,
  dimension,
  DK,
  levelItem,
  NA,
  percentageItem,
  questionnaire,
  textItem,
  yesPartialNoItem,
} from './test-fixtures';

describe('scoreAssessment: one dimension', () => {
  const q = questionnaire([
    dimension('d', [levelItem('a', { weight: 2 }), levelItem('b'), levelItem('c')]),
  ]);

  it('takes the weighted mean of item scores', () => {
    // weights 2, 1, 1; levels 5, 3, 1 → scores 1, 0.5, 0 → (2·1 + 1·0.5 + 1·0) / 4 = 0.625
    const { dimensions, overall } = scoreAssessment(q, answers({ a: 5, b: 3, c: 1 }));
    expect(dimensions[0]).toMatchObject({
      dimensionId: 'd',
      weight: 1,
      score: 0.625,
      answeredWeight: 4,
      visibleWeight: 4,
      completeness: 1,
      progress: 1,
      band: 'B',
      stage: 3, // floor(1 + 4·0.625) = floor(3.5)
    });
    expect(overall).toMatchObject({ score: 0.625, band: 'B', stage: 3, completeness: 1 });
  });

  it('has no score when everything is N/A, and completeness 0', () => {
    const { dimensions, overall } = scoreAssessment(q, answers({ a: NA, b: NA, c: NA }));
    expect(dimensions[0]).toMatchObject({
      score: null,
      band: null,
      stage: null,
      completeness: 0, // 0 / 4
      progress: 1, // all three settled
      items: { visible: 3, answered: 0, notApplicable: 3, dontKnow: 0, unanswered: 0 },
    });
    expect(overall).toMatchObject({ score: null, band: null, stage: null, completeness: 0 });
  });

  it('scores one answered item and counts the rest', () => {
    // b = 4 → 0.75 on weight 1; a (weight 2) unanswered; c don't know
    const { dimensions } = scoreAssessment(q, answers({ b: 4, c: DK }));
    expect(dimensions[0]).toMatchObject({
      score: 0.75,
      answeredWeight: 1,
      visibleWeight: 4,
      completeness: 0.25, // 1 / 4: the unanswered heavy item and the DK both lower it
      progress: 2 / 3, // b and c settled out of 3
      items: { visible: 3, answered: 1, notApplicable: 0, dontKnow: 1, unanswered: 1, hidden: 0 },
    });
  });

  it('counts a stored value the item cannot take as unanswered', () => {
    const { dimensions } = scoreAssessment(q, answers({ a: 7, b: 'yes', c: 1 }));
    expect(dimensions[0]).toMatchObject({ score: 0, answeredWeight: 1 });
    expect(dimensions[0]?.items).toMatchObject({ answered: 1, unanswered: 2 });
  });

  it('rounds floating noise before banding', () => {
    // weights 0.1 each, levels 2, 5, 2 → (0.025 + 0.1 + 0.025) / 0.3 = 0.5 on paper,
    // 0.4999999999999999 in floating point; still band B and stage 3
    const tenths = questionnaire([
      dimension(
        'd',
        ['a', 'b', 'c'].map((id) => levelItem(id, { weight: 0.1 })),
      ),
    ]);
    const d = scoreAssessment(tenths, answers({ a: 2, b: 5, c: 2 })).dimensions[0];
    expect(d?.score).toBeLessThan(0.5); // the noise this test is about
    expect(d?.score).toBeCloseTo(0.5, 12);
    expect(d).toMatchObject({ band: 'B', stage: 3 });
  });
});

describe('scoreAssessment: item types', () => {
  it('mixes types and leaves free text out', () => {
    const q = questionnaire([
      dimension('d', [
        yesPartialNoItem('y'),
        percentageItem('p'),
        choiceItem('c', { weight: 2 }),
        textItem('t', { weight: 5 }),
      ]),
    ]);
    // yes → 1, 50 % → 0.6, 'some' → 0.3 on weight 2: (1 + 0.6 + 2·0.3) / 4 = 2.2 / 4 = 0.55
    const d = scoreAssessment(q, answers({ y: 'yes', p: 50, c: 'some', t: 'paper' })).dimensions[0];
    expect(d?.score).toBeCloseTo(0.55, 12);
    expect(d).toMatchObject({ visibleWeight: 4, answeredWeight: 4 });
    expect(d?.items).toMatchObject({ visible: 3, answered: 3, textItems: 1 });
  });
});

describe('scoreAssessment: show-if', () => {
  const q = questionnaire([
    dimension('gate', [yesPartialNoItem('g')]),
    dimension('d', [
      levelItem('f', { showIf: { item: 'g', in: ['yes', 'partial'] } }),
      levelItem('h', { showIf: { item: 'f', in: [4, 5] } }),
    ]),
  ]);

  it('excludes hidden items even when answers are stored', () => {
    // g = no hides f; h names f, which is hidden, so h is hidden too despite f = 5
    const { dimensions, overall } = scoreAssessment(q, answers({ g: 'no', f: 5, h: 5 }));
    expect(dimensions[1]).toMatchObject({
      score: null,
      visibleWeight: 0,
      completeness: 0,
      progress: 1, // nothing visible is left to answer
      items: { visible: 0, answered: 0, hidden: 2 },
    });
    // overall: only gate has a score (0); completeness (1·1 + 1·0) / 2 = 0.5
    expect(overall).toMatchObject({ score: 0, completeness: 0.5, progress: 1 });
  });

  it('reveals items when the condition holds, through a chain', () => {
    // g = yes shows f; f = 5 shows h: (1 + 1) / 2 = 1
    const d = scoreAssessment(q, answers({ g: 'yes', f: 5, h: 5 })).dimensions[1];
    expect(d).toMatchObject({ score: 1, items: { visible: 2, hidden: 0 } });
  });

  it('checks each link: f shown by partial, h hidden by f = 3', () => {
    // only f counts: level 3 → 0.5
    const d = scoreAssessment(q, answers({ g: 'partial', f: 3, h: 5 })).dimensions[1];
    expect(d).toMatchObject({ score: 0.5, items: { visible: 1, hidden: 1 } });
  });

  it('hides on N/A, don’t know, no answer and loosely equal values', () => {
    for (const g of [NA, DK]) {
      expect(scoreAssessment(q, answers({ g, f: 5 })).dimensions[1]?.items.hidden).toBe(2);
    }
    expect(scoreAssessment(q, answers({ f: 5 })).dimensions[1]?.items.hidden).toBe(2);
    const strict = questionnaire([
      dimension('d', [levelItem('a'), levelItem('b', { showIf: { item: 'a', in: ['3'] } })]),
    ]);
    expect(scoreAssessment(strict, answers({ a: 3, b: 5 })).dimensions[0]?.items.hidden).toBe(1);
  });
});

describe('scoreAssessment: several dimensions', () => {
  it('weighs dimensions by their weight', () => {
    // x (W 3) = 1, y (W 1) = 0 → (3·1 + 1·0) / 4 = 0.75 → band A, stage 4
    const q = questionnaire([
      dimension('x', [levelItem('a')], { weight: 3 }),
      dimension('y', [levelItem('b')], { weight: 1 }),
    ]);
    const { overall } = scoreAssessment(q, answers({ a: 5, b: 1 }));
    expect(overall).toEqual({ score: 0.75, band: 'A', stage: 4, completeness: 1, progress: 1 });
  });

  const three = questionnaire([
    dimension('x', [levelItem('a')]),
    dimension('y', [levelItem('b')], { weight: 2 }),
    dimension('z', [levelItem('c')]),
  ]);

  it('skips dimensions without a score in the overall score', () => {
    // x = 0.5, y all N/A (null, W 2), z = 1 → (0.5 + 1) / 2 = 0.75
    // completeness over all dimensions: (1·1 + 2·0 + 1·1) / 4 = 0.5
    const { overall } = scoreAssessment(three, answers({ a: 3, b: NA, c: 5 }));
    expect(overall).toEqual({ score: 0.75, band: 'A', stage: 4, completeness: 0.5, progress: 1 });
  });

  it('reports progress over all visible items', () => {
    // a answered, b and c unanswered: 1 / 3
    expect(scoreAssessment(three, answers({ a: 3 })).overall.progress).toBeCloseTo(1 / 3, 12);
  });

  it('adds gap, attainment and priority where targets are set', () => {
    // x = 0.5, T 0.75: gap 0.25, attainment 2/3, priority 1·0.25
    // y = 1 (W 2), T 0.5: gap 0, attainment 1, priority 0
    // z unanswered, T 0.5: target only
    const { dimensions } = scoreAssessment(three, answers({ a: 3, b: 5 }), {
      x: 0.75,
      y: 0.5,
      z: 0.5,
    });
    const [x, y, z] = dimensions;
    expect(x).toMatchObject({ target: 0.75, gap: 0.25, priority: 0.25 });
    expect(x?.attainment).toBeCloseTo(2 / 3, 9);
    expect(y).toMatchObject({ target: 0.5, gap: 0, attainment: 1, priority: 0 });
    expect(z?.target).toBe(0.5);
    expect(z).not.toHaveProperty('gap');
    expect(scoreAssessment(three, answers({ a: 3 })).dimensions[0]).not.toHaveProperty('target');
  });
});
