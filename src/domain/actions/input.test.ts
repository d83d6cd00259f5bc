import { checkActionInput, isCalendarDate, MAX_ACTION_WHAT, MAX_ACTION_WHO } from './input';

const valid = {
  what: '  Connect to Tunduk ',
  who: ' IT unit ',
  due: '2026-06-30',
  status: 'planned',
};

describe('checkActionInput', () => {
  it('trims the texts and gives the values to store', () => {
    expect(checkActionInput(valid)).toEqual({
      ok: true,
      value: { what: 'Connect to Tunduk', who: 'IT unit', due: '2026-06-30', status: 'planned' },
    });
  });

  it('names each field’s problem as a message key', () => {
    expect(checkActionInput({ what: ' ', who: '', due: '', status: 'finished' })).toEqual({
      ok: false,
      problems: {
        what: { key: 'actions.error.whatRequired', params: {} },
        who: { key: 'actions.error.whoRequired', params: {} },
        due: { key: 'actions.error.dueRequired', params: {} },
        status: { key: 'actions.error.statusInvalid', params: {} },
      },
    });
  });

  it('counts characters as a person does, and refuses one too many', () => {
    // 'ү' is one code point; an emoji is one code point but two UTF-16 units.
    const atLimit = 'ү'.repeat(MAX_ACTION_WHAT - 1) + '😀';
    expect(checkActionInput({ ...valid, what: atLimit }).ok).toBe(true);
    expect(checkActionInput({ ...valid, what: `${atLimit}x` })).toMatchObject({
      ok: false,
      problems: { what: { key: 'actions.error.whatTooLong', params: { max: 500 } } },
    });
    expect(checkActionInput({ ...valid, who: 'x'.repeat(MAX_ACTION_WHO + 1) })).toMatchObject({
      ok: false,
      problems: { who: { key: 'actions.error.whoTooLong', params: { max: 200 } } },
    });
  });

  it('accepts only real dates written yyyy-mm-dd', () => {
    for (const due of ['2026-02-30', '2025-02-29', '30.06.2026', '2026-6-30', 'soon']) {
      expect(checkActionInput({ ...valid, due }), due).toMatchObject({
        ok: false,
        problems: { due: { key: 'actions.error.dueInvalid' } },
      });
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(checkActionInput({ ...valid, due: '2024-02-29' }).ok).toBe(true);
  });

  it('accepts every status and no other', () => {
    for (const status of ['planned', 'inProgress', 'done', 'dropped']) {
      expect(checkActionInput({ ...valid, status }).ok).toBe(true);
    }
    expect(checkActionInput({ ...valid, status: 'Done' }).ok).toBe(false);
  });
});
