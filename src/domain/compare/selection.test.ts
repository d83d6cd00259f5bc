import { fixtureView } from '../round/view-fixture';
import {
  agencyParam,
  comparableIds,
  MAX_COMPARED,
  parseAgencyParam,
  resolveSelection,
  toggleAgency,
} from './selection';

describe('parseAgencyParam', () => {
  it('splits on commas, drops blanks and repeats, keeps the order', () => {
    expect(parseAgencyParam(' b, a,,b ,c')).toEqual(['b', 'a', 'c']);
    expect(parseAgencyParam(null)).toEqual([]);
    expect(parseAgencyParam('')).toEqual([]);
  });

  it('round-trips with agencyParam', () => {
    expect(parseAgencyParam(agencyParam(['x', 'y']))).toEqual(['x', 'y']);
  });
});

describe('comparableIds', () => {
  it('lists only the agencies with a submitted score, in the view order (by name)', () => {
    const view = fixtureView({
      dimensions: ['x'],
      agencies: [
        { name: 'B', scores: { x: 0.5 } },
        { name: 'A', scores: { x: 0.2 } },
        { name: 'C' },
        { name: 'D', status: 'draft', scores: { x: 0.9 } },
      ],
    });
    // Fixture ids follow the order given: A is agency-2, B agency-1.
    expect(comparableIds(view)).toEqual(['agency-2', 'agency-1']);
  });
});

describe('resolveSelection', () => {
  it('keeps comparable ids in the order asked for and says what it left out', () => {
    expect(resolveSelection(['c', 'zz', 'a'], ['a', 'b', 'c'])).toEqual({
      ids: ['c', 'a'],
      unknown: ['zz'],
      overLimit: [],
    });
  });

  it('holds the selection to six', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(resolveSelection(all, all)).toEqual({
      ids: all.slice(0, MAX_COMPARED),
      unknown: [],
      overLimit: ['g', 'h'],
    });
  });
});

describe('toggleAgency', () => {
  it('adds at the end and removes wherever the agency is', () => {
    expect(toggleAgency(['a'], 'b', true)).toEqual({ ids: ['a', 'b'], refused: false });
    expect(toggleAgency(['a', 'b', 'c'], 'b', false)).toEqual({ ids: ['a', 'c'], refused: false });
    expect(toggleAgency(['a'], 'a', true)).toEqual({ ids: ['a'], refused: false });
  });

  it('refuses a seventh and changes nothing, but still lets one go', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(toggleAgency(six, 'g', true)).toEqual({ ids: six, refused: true });
    expect(toggleAgency(six, 'a', false)).toEqual({ ids: six.slice(1), refused: false });
  });
});
