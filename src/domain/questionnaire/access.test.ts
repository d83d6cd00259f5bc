import type { Answers, Response } from '../records';
import { allItems, checkValue, findItem, isItemVisible } from './access';
import { questionnaireFixture } from './fixture';
import { parseQuestionnaire } from './parse';
import type { Item, Questionnaire } from './types';

function parsed(change: (f: ReturnType<typeof questionnaireFixture>) => void = () => {}) {
  const f = questionnaireFixture();
  change(f);
  const result = parseQuestionnaire(f.q);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function item(q: Questionnaire, id: string): Item {
  const found = findItem(q, id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function answers(responses: Record<string, Response>): Answers {
  return Object.fromEntries(
    Object.entries(responses).map(([id, response]) => [
      id,
      { response, at: '2025-01-01T00:00:00Z' },
    ]),
  );
}

describe('allItems and findItem', () => {
  it('lists items in questionnaire order with their dimension', () => {
    const q = parsed();
    expect(allItems(q).map(({ item, dimension }) => `${dimension.id}/${item.id}`)).toEqual([
      'strategy/lvl',
      'strategy/ypn',
      'strategy/pct',
      'strategy/cho',
      'strategy/num',
      'strategy/txt',
      'services/follow-up',
    ]);
  });

  it('finds an item by id, and nothing for unknown ids or prototype names', () => {
    const q = parsed();
    expect(findItem(q, 'num')?.type).toBe('number');
    expect(findItem(q, 'nope')).toBeUndefined();
    expect(findItem(q, 'constructor')).toBeUndefined();
  });
});

describe('isItemVisible', () => {
  const q = parsed((f) => {
    f.second.items.push(
      { id: 'deeper', type: 'level', text: f.text.text, levels: f.level.levels },
      { id: 'by-level', type: 'text', text: f.text.text, showIf: { item: 'lvl', in: [3] } },
    );
    Object.assign(f.second.items[1]!, { showIf: { item: 'follow-up', in: ['yes'] } });
  });

  it('shows items without a condition', () => {
    expect(isItemVisible(q, item(q, 'lvl'), {})).toBe(true);
  });

  it('shows a conditional item only for a listed value', () => {
    const followUp = item(q, 'follow-up');
    expect(isItemVisible(q, followUp, {})).toBe(false);
    expect(isItemVisible(q, followUp, answers({ ypn: { kind: 'value', value: 'yes' } }))).toBe(
      true,
    );
    expect(isItemVisible(q, followUp, answers({ ypn: { kind: 'value', value: 'no' } }))).toBe(
      false,
    );
    expect(isItemVisible(q, followUp, answers({ ypn: { kind: 'na' } }))).toBe(false);
    expect(isItemVisible(q, followUp, answers({ ypn: { kind: 'dk' } }))).toBe(false);
    expect(isItemVisible(q, followUp, { ypn: { note: 'no answer yet', at: 'x' } })).toBe(false);
  });

  it('compares values strictly: a level is a number', () => {
    const byLevel = item(q, 'by-level');
    expect(isItemVisible(q, byLevel, answers({ lvl: { kind: 'value', value: 3 } }))).toBe(true);
    expect(isItemVisible(q, byLevel, answers({ lvl: { kind: 'value', value: '3' } }))).toBe(false);
  });

  it('hides an item whose referenced item is itself hidden', () => {
    const deeper = item(q, 'deeper');
    const chain = { 'follow-up': { kind: 'value', value: 'yes' } } satisfies Record<
      string,
      Response
    >;
    expect(isItemVisible(q, deeper, answers(chain))).toBe(false);
    const shown = { ...chain, ypn: { kind: 'value', value: 'partial' } } satisfies Record<
      string,
      Response
    >;
    expect(isItemVisible(q, deeper, answers(shown))).toBe(true);
  });

  it('ignores prototype members of the answers object', () => {
    const odd = { ...item(q, 'follow-up'), showIf: { item: 'constructor', in: ['yes'] } };
    expect(isItemVisible(q, odd, {})).toBe(false);
  });
});

describe('checkValue', () => {
  const q = parsed((f) => {
    f.text.maxLength = 5;
    f.number.integer = false;
  });
  const check = (id: string, value: unknown) => checkValue(item(q, id), value);

  it('wants a level to be an integer from 1 to 5', () => {
    expect(check('lvl', 3)).toEqual({ ok: true, value: 3 });
    expect(check('lvl', 2.5)).toMatchObject({ ok: false, code: 'notInteger' });
    expect(check('lvl', 6)).toEqual({
      ok: false,
      code: 'outOfRange',
      params: { found: 6, min: 1, max: 5 },
    });
    expect(check('lvl', '3')).toMatchObject({ ok: false, code: 'notANumber' });
    expect(check('lvl', NaN)).toMatchObject({ ok: false, code: 'notANumber' });
    expect(check('lvl', null)).toMatchObject({ ok: false, code: 'wrongType' });
  });

  it('wants yes, partial or no', () => {
    expect(check('ypn', 'partial')).toEqual({ ok: true, value: 'partial' });
    expect(check('ypn', 'maybe')).toMatchObject({ ok: false, code: 'unknownOption' });
    expect(check('ypn', 1)).toMatchObject({ ok: false, code: 'wrongType' });
  });

  it('wants a finite percentage from 0 to 100', () => {
    expect(check('pct', 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(check('pct', 100)).toEqual({ ok: true, value: 100 });
    expect(check('pct', -1)).toMatchObject({ ok: false, code: 'outOfRange' });
    expect(check('pct', Infinity)).toMatchObject({ ok: false, code: 'notANumber' });
  });

  it('wants one of the choice option ids', () => {
    expect(check('cho', 'unit')).toEqual({ ok: true, value: 'unit' });
    expect(check('cho', 'all')).toEqual({
      ok: false,
      code: 'unknownOption',
      params: { found: 'all', expected: 'nobody, unit' },
    });
  });

  it('checks numbers against integer, min and max', () => {
    expect(check('num', 2.5)).toEqual({ ok: true, value: 2.5 });
    expect(check('num', 1001)).toMatchObject({ ok: false, code: 'outOfRange' });
    const whole = parsed();
    expect(checkValue(item(whole, 'num'), 2.5)).toMatchObject({ ok: false, code: 'notInteger' });
    const open = parsed((f) => {
      delete f.number.min;
      delete f.number.max;
    });
    expect(checkValue(item(open, 'num'), -1e9)).toEqual({ ok: true, value: -1e9 });
    expect(checkValue(item(open, 'num'), -1.5)).toMatchObject({ code: 'notInteger' });
  });

  it('wants text within maxLength', () => {
    expect(check('txt', 'short')).toEqual({ ok: true, value: 'short' });
    expect(check('txt', 'longer')).toEqual({
      ok: false,
      code: 'tooLong',
      params: { max: 5, length: 6 },
    });
    expect(check('txt', 5)).toMatchObject({ ok: false, code: 'wrongType' });
  });
});
