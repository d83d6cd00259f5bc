import type { Answers } from '../records';
import { dimension, levelItem, questionnaire } from '../scoring/test-fixtures';
import { evidenceNotes } from './evidence';

const AT = '2026-02-01T10:00:00.000Z';
const q = questionnaire([
  dimension('lead', [
    levelItem('l1'),
    levelItem('l2'),
    levelItem('l3', { showIf: { item: 'l1', in: [5] } }),
  ]),
  dimension('proc', [levelItem('p1')]),
  dimension('svc', [levelItem('s1')]),
]);

describe('evidenceNotes', () => {
  it('groups trimmed notes by dimension in questionnaire order, leaving out empty and hidden ones', () => {
    const answers: Answers = {
      l2: { response: { kind: 'value', value: 3 }, note: '  Order No. 15  ', at: AT },
      l1: { response: { kind: 'value', value: 2 }, note: 'Strategy draft', at: AT },
      // Hidden: l1 is not 5.
      l3: { note: 'kept but hidden', at: AT },
      p1: { note: '   ', at: AT },
      s1: { response: { kind: 'dk' }, note: 'Ask the IT unit', at: AT },
    };
    expect(evidenceNotes(q, answers)).toEqual([
      {
        dimensionId: 'lead',
        notes: [
          { itemId: 'l1', note: 'Strategy draft' },
          { itemId: 'l2', note: 'Order No. 15' },
        ],
      },
      { dimensionId: 'svc', notes: [{ itemId: 's1', note: 'Ask the IT unit' }] },
    ]);
  });

  it('gives nothing without notes', () => {
    expect(evidenceNotes(q, {})).toEqual([]);
  });
});
