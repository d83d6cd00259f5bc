import { formatProblem } from '../problems';
import type { ParseResult } from '../problems';
import { questionnaireFixture } from './fixture';
import type { QuestionnaireFixture } from './fixture';
import { parseQuestionnaire, QUESTIONNAIRE_PROBLEM_CODES } from './parse';

function lines(result: ParseResult<unknown>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Parses a fresh valid questionnaire after `change`, as one formatted line per problem. */
function problemsAfter(change: (f: QuestionnaireFixture) => void): string[] {
  const f = questionnaireFixture();
  change(f);
  return lines(parseQuestionnaire(f.q));
}

describe('parseQuestionnaire: a valid questionnaire', () => {
  it('accepts every item type and fills in the defaults', () => {
    const result = parseQuestionnaire(questionnaireFixture().q);
    expect(lines(result)).toEqual([]);
    if (!result.ok) return;
    const q = result.value;
    expect(q.kind).toBe('core');
    expect(q.dimensions.map((d) => d.discussionPrompts)).toEqual([[], []]);
    expect(q.dimensions.map((d) => d.weight)).toEqual([1, 1]);
    const items = q.dimensions.flatMap((d) => d.items);
    expect(items.map((item) => item.type)).toEqual([
      'level',
      'yesPartialNo',
      'percentage',
      'choice',
      'number',
      'text',
      'yesPartialNo',
    ]);
    for (const item of items) {
      expect(item).toMatchObject({
        weight: 1,
        required: false,
        allowNotApplicable: true,
        allowDontKnow: true,
      });
    }
    expect(items.find((item) => item.type === 'text')).toMatchObject({ maxLength: 4000 });
  });

  it('accepts show-if values of every kind of answer', () => {
    const result = problemsAfter((f) => {
      f.second.items.push(
        { id: 'a', type: 'yesPartialNo', text: f.text.text, showIf: { item: 'lvl', in: [1, 5] } },
        { id: 'b', type: 'yesPartialNo', text: f.text.text, showIf: { item: 'cho', in: ['unit'] } },
        { id: 'c', type: 'yesPartialNo', text: f.text.text, showIf: { item: 'pct', in: [12.5] } },
        { id: 'd', type: 'yesPartialNo', text: f.text.text, showIf: { item: 'num', in: [-3] } },
      );
    });
    expect(result).toEqual([]);
  });

  it('lets a free-text item have any weight, since it is never scored', () => {
    expect(problemsAfter((f) => Object.assign(f.text, { weight: 0 }))).toEqual([]);
  });

  it('knows every code it reports', () => {
    expect(new Set(QUESTIONNAIRE_PROBLEM_CODES).size).toBe(QUESTIONNAIRE_PROBLEM_CODES.length);
  });
});

describe('parseQuestionnaire: shape problems', () => {
  it('names an unknown item type and the types it expected', () => {
    expect(problemsAfter((f) => Object.assign(f.level, { type: 'slider' }))).toEqual([
      'dimensions[0].items[0].type: unknown item type "slider"; expected one of level, yesPartialNo, percentage, choice, number, text',
    ]);
  });

  it('reports a missing type with the types it expected', () => {
    expect(problemsAfter((f) => Reflect.deleteProperty(f.level, 'type'))).toEqual([
      'dimensions[0].items[0].type: required field is missing; expected one of level, yesPartialNo, percentage, choice, number, text',
    ]);
  });

  it('reports missing fields, unknown fields and wrong types', () => {
    const found = problemsAfter((f) => {
      Reflect.deleteProperty(f.yesNo, 'text');
      Object.assign(f.dimension, { foo: 1, bar: 2 });
      Object.assign(f.choice, { weight: '1' });
      Object.assign(f.q, { title: null });
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'dimensions[0].items[1].text: required field is missing',
        'dimensions[0]: unknown field "foo"',
        'dimensions[0]: unknown field "bar"',
        'dimensions[0].items[3].weight: expected a number, found a string',
        'title: expected an object, found null',
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('words values, formats, sizes and unions', () => {
    const found = problemsAfter((f) => {
      Object.assign(f.q, { schemaVersion: 2, version: 'v1', locales: ['en', 'fr'] });
      f.level.levels[1] = { ...f.level.levels[0]!, level: 2.5 };
      f.choice.options.splice(1);
      f.yesNo.text = { en: '', ru: 'x' };
      Object.assign(f.number, { id: 'Num!' });
      Object.assign(f.followUp, { showIf: { item: 'ypn', in: [true] } });
      Object.assign(f.text, { maxLength: -1 });
    });
    expect(found).toEqual([
      'schemaVersion: expected 1, found 2',
      'version: invalid value "v1"; use a semantic version such as 1.0.0',
      'locales[1]: unknown value "fr"; expected one of ky, ru, en',
      'dimensions[0].items[0].levels[1].level: expected an integer, found 2.5',
      'dimensions[0].items[1].text.en: must not be empty',
      'dimensions[0].items[3].options: expected at least 2 entries, found 1',
      'dimensions[0].items[4].id: invalid value "Num!"; use 1–64 lowercase letters, digits, ".", "_" or "-"',
      'dimensions[0].items[5].maxLength: must be greater than 0, found -1',
      'dimensions[1].items[0].showIf.in[0]: expected a string or a number, found a boolean',
    ]);
  });

  it('reports an unknown language key in a text', () => {
    expect(problemsAfter((f) => Object.assign(f.q.title, { fr: 'Titre' }))).toEqual([
      'title: unknown field "fr"',
    ]);
  });
});

describe('parseQuestionnaire: never throws', () => {
  const deep = (): unknown => {
    let value: unknown = [];
    for (let i = 0; i < 5000; i += 1) value = [value];
    return value;
  };

  it.each([
    ['null', null, '(file): expected an object, found null'],
    ['a number', 42, '(file): expected an object, found a number'],
    ['a string', 'x', '(file): expected an object, found a string'],
    ['an array', [], '(file): expected an object, found an array'],
    ['a 5000-deep array', deep(), '(file): expected an object, found an array'],
  ])('for %s', (_name, input, line) => {
    expect(lines(parseQuestionnaire(input))).toEqual([line]);
  });

  it('for __proto__ and constructor keys, without touching Object.prototype', () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    );
    const found = lines(parseQuestionnaire(input));
    expect(found).toContain('(file): unknown field "__proto__"');
    expect(found).toContain('(file): unknown field "constructor"');
    expect(found).toContain('id: required field is missing');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('for __proto__ keys deep inside a valid questionnaire', () => {
    const json = JSON.stringify(questionnaireFixture().q).replace(
      '"type":"level"',
      '"type":"level","__proto__":{"type":"text"}',
    );
    expect(lines(parseQuestionnaire(JSON.parse(json)))).toEqual([
      'dimensions[0].items[0]: unknown field "__proto__"',
    ]);
  });

  it('for item ids that are names of Object.prototype members', () => {
    const found = problemsAfter((f) => {
      f.level.id = 'constructor';
      f.yesNo.id = 'constructor';
      f.followUp.showIf.item = 'tostring';
    });
    expect(found).toEqual([
      'dimensions[0].items[1].id: duplicate id "constructor" (first used at dimensions[0].items[0])',
      'dimensions[1].items[0].showIf.item: refers to unknown item "tostring"',
    ]);
  });

  it('for deeply nested values and huge strings in fields', () => {
    const found = problemsAfter((f) => {
      Object.assign(f.q, { title: deep(), id: 'x'.repeat(100_000) });
    });
    expect(found).toEqual([
      `id: invalid value "${'x'.repeat(60)}…"; use 1–64 lowercase letters, digits, ".", "_" or "-"`,
      'title: expected an object, found an array',
    ]);
  });

  it('for a getter that throws', () => {
    const input = questionnaireFixture().q;
    Object.defineProperty(input, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(lines(parseQuestionnaire(input))).toEqual([
      '(file): the questionnaire could not be read (boom)',
    ]);
  });
});
