import { formatProblem } from '../problems';
import { questionnaireFixture } from './fixture';
import type { QuestionnaireFixture } from './fixture';
import { parseQuestionnaire } from './parse';

function problemsAfter(change: (f: QuestionnaireFixture) => void): string[] {
  const f = questionnaireFixture();
  change(f);
  const result = parseQuestionnaire(f.q);
  return result.ok ? [] : result.problems.map(formatProblem);
}

function codesAfter(change: (f: QuestionnaireFixture) => void) {
  const f = questionnaireFixture();
  change(f);
  const result = parseQuestionnaire(f.q);
  return result.ok ? [] : result.problems.map(({ code, params }) => ({ code, params }));
}

describe('parseQuestionnaire: rules across places', () => {
  it('wants five levels, numbered 1 to 5 in order', () => {
    expect(problemsAfter((f) => f.level.levels.pop())).toEqual([
      'dimensions[0].items[0].levels: expected 5 levels, found 4',
    ]);
    expect(codesAfter((f) => f.level.levels.pop())).toEqual([
      { code: 'levelCount', params: { expected: 5, found: 4 } },
    ]);
    expect(problemsAfter((f) => f.level.levels.reverse())).toEqual([
      'dimensions[0].items[0].levels[0].level: levels must be numbered 1 to 5 in order; found 5 where 1 was expected',
      'dimensions[0].items[0].levels[1].level: levels must be numbered 1 to 5 in order; found 4 where 2 was expected',
      'dimensions[0].items[0].levels[3].level: levels must be numbered 1 to 5 in order; found 2 where 4 was expected',
      'dimensions[0].items[0].levels[4].level: levels must be numbered 1 to 5 in order; found 1 where 5 was expected',
    ]);
  });

  it('wants ids unique: dimensions, items across the questionnaire, options within an item', () => {
    const found = problemsAfter((f) => {
      f.second.id = 'strategy';
      f.followUp.id = 'ypn';
      f.choice.options[1]!.id = 'nobody';
    });
    expect(found).toEqual([
      'dimensions[0].items[3].options[1].id: duplicate id "nobody" (first used at dimensions[0].items[3].options[0])',
      'dimensions[1].id: duplicate id "strategy" (first used at dimensions[0])',
      'dimensions[1].items[0].id: duplicate id "ypn" (first used at dimensions[0].items[1])',
    ]);
    expect(codesAfter((f) => (f.second.id = 'strategy'))).toEqual([
      { code: 'duplicateId', params: { id: 'strategy', firstAt: 'dimensions[0]' } },
    ]);
  });

  it('allows the same option id in different items', () => {
    expect(problemsAfter((f) => f.choice.options.forEach((o, i) => (o.id = `ypn-${i}`)))).toEqual(
      [],
    );
  });

  it('wants weights greater than 0', () => {
    const found = problemsAfter((f) => {
      Object.assign(f.level, { weight: -1 });
      Object.assign(f.second, { weight: 0 });
    });
    expect(found).toEqual([
      'dimensions[0].items[0].weight: weight must be greater than 0, found -1',
      'dimensions[1].weight: weight must be greater than 0, found 0',
    ]);
  });

  it('wants a show-if to refer to an earlier item that exists', () => {
    expect(problemsAfter((f) => (f.followUp.showIf.item = 'nothing'))).toEqual([
      'dimensions[1].items[0].showIf.item: refers to unknown item "nothing"',
    ]);
    expect(problemsAfter((f) => (f.followUp.showIf.item = 'follow-up'))).toEqual([
      'dimensions[1].items[0].showIf.item: refers to the item itself; it must refer to an earlier item',
    ]);
    const later = problemsAfter((f) => {
      Object.assign(f.level, { showIf: { item: 'follow-up', in: ['no'] } });
    });
    expect(later).toEqual([
      'dimensions[0].items[0].showIf.item: refers to item "follow-up", which comes later; it must refer to an earlier item',
    ]);
  });

  it('does not let free text decide visibility', () => {
    expect(problemsAfter((f) => (f.followUp.showIf = { item: 'txt', in: ['yes'] }))).toEqual([
      'dimensions[1].items[0].showIf.item: refers to free-text item "txt"; only items with set answers can decide visibility',
    ]);
  });

  it('wants show-if values that are possible answers of the item referred to', () => {
    const found = problemsAfter((f) => {
      f.second.items.push(
        { id: 'a', type: 'text', text: f.text.text, showIf: { item: 'lvl', in: [0, 2.5, '3', 4] } },
        { id: 'b', type: 'text', text: f.text.text, showIf: { item: 'cho', in: ['unit', 'all'] } },
        { id: 'c', type: 'text', text: f.text.text, showIf: { item: 'num', in: ['many'] } },
      );
      f.followUp.showIf.in = ['yes', 'maybe'];
    });
    expect(found).toEqual([
      'dimensions[1].items[0].showIf.in[1]: "maybe" is not a possible answer of item "ypn"; expected one of yes, partial, no',
      'dimensions[1].items[1].showIf.in[0]: 0 is not a possible answer of item "lvl"; expected an integer from 1 to 5',
      'dimensions[1].items[1].showIf.in[1]: 2.5 is not a possible answer of item "lvl"; expected an integer from 1 to 5',
      'dimensions[1].items[1].showIf.in[2]: "3" is not a possible answer of item "lvl"; expected an integer from 1 to 5',
      'dimensions[1].items[2].showIf.in[1]: "all" is not a possible answer of item "cho"; expected one of nobody, unit',
      'dimensions[1].items[3].showIf.in[0]: "many" is not a possible answer of item "num"; expected a number',
    ]);
  });

  it('wants a non-empty text in every declared locale, everywhere', () => {
    const found = problemsAfter((f) => {
      delete f.q.title.ru;
      f.q.description.ru = '  ';
      Object.assign(f.dimension, { shortTitle: { en: 'S' }, discussionPrompts: [{ en: 'P' }] });
      delete f.dimension.description.ru;
      Object.assign(f.level, { help: { en: 'H' }, evidencePrompt: { en: 'E' } });
      delete f.level.levels[2]!.label.ru;
      delete f.level.levels[2]!.description.ru;
      delete f.choice.options[0]!.label.ru;
      Object.assign(f.number, { unit: { en: 'people' } });
      delete f.text.text.ru;
    });
    const at = [
      'title',
      'description',
      'dimensions[0].shortTitle',
      'dimensions[0].description',
      'dimensions[0].discussionPrompts[0]',
      'dimensions[0].items[0].help',
      'dimensions[0].items[0].evidencePrompt',
      'dimensions[0].items[0].levels[2].label',
      'dimensions[0].items[0].levels[2].description',
      'dimensions[0].items[3].options[0].label',
      'dimensions[0].items[4].unit',
      'dimensions[0].items[5].text',
    ];
    expect(found).toEqual(at.map((place) => `${place}: missing "ru" text`));
    expect(codesAfter((f) => delete f.q.title.ru)).toEqual([
      { code: 'missingText', params: { locale: 'ru' } },
    ]);
  });

  it('wants every locale declared once', () => {
    expect(problemsAfter((f) => (f.q.locales = ['en', 'ru', 'en']))).toEqual([
      'locales[2]: duplicate locale "en"',
    ]);
  });

  it('wants percentage bands from 0, rising, within 0 to 100, scores within 0 to 1', () => {
    const found = problemsAfter((f) => {
      f.percentage.bands = [
        { atLeast: 10, score: 0 },
        { atLeast: 10, score: -0.5 },
        { atLeast: 120, score: 1.5 },
      ];
    });
    expect(found).toEqual([
      'dimensions[0].items[2].bands[0].atLeast: the first band must start at 0, found 10',
      "dimensions[0].items[2].bands[1].atLeast: atLeast must be greater than the previous band's 10, found 10",
      'dimensions[0].items[2].bands[1].score: score must be within 0 to 1, found -0.5',
      'dimensions[0].items[2].bands[2].atLeast: atLeast must be within 0 to 100, found 120',
      'dimensions[0].items[2].bands[2].score: score must be within 0 to 1, found 1.5',
    ]);
  });

  it('wants choice scores within 0 to 1', () => {
    expect(problemsAfter((f) => (f.choice.options[1]!.score = 2))).toEqual([
      'dimensions[0].items[3].options[1].score: score must be within 0 to 1, found 2',
    ]);
  });

  it('wants number scoring with two different ends and min below max', () => {
    const found = problemsAfter((f) => {
      f.number.scoring = { worst: 5, best: 5 };
      f.number.min = 10;
      f.number.max = 10;
    });
    expect(found).toEqual([
      'dimensions[0].items[4].scoring: worst and best must differ, both are 5',
      'dimensions[0].items[4].min: min must be less than max, found min 10 and max 10',
    ]);
  });

  it('reports all problems at once, in document order', () => {
    const found = problemsAfter((f) => {
      delete f.q.title.ru;
      f.level.levels.pop();
      Object.assign(f.yesNo, { weight: -2 });
      f.followUp.showIf.item = 'missing';
    });
    expect(found).toEqual([
      'title: missing "ru" text',
      'dimensions[0].items[0].levels: expected 5 levels, found 4',
      'dimensions[0].items[1].weight: weight must be greater than 0, found -2',
      'dimensions[1].items[0].showIf.item: refers to unknown item "missing"',
    ]);
  });
});
