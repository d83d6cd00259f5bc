import type { Agency } from '../records';
import { checkAgencyCycles } from './check-records';
import { fixtureAgency } from './fixture';

const agency = (id: string, parentId?: string): Agency => ({
  ...fixtureAgency(),
  id,
  ...(parentId === undefined ? {} : { parentId }),
});
const cycleIds = (agencies: Agency[]) => checkAgencyCycles(agencies).map((p) => p.params.agency);

describe('checkAgencyCycles', () => {
  it('names the agencies on a loop, not those that only lead into one', () => {
    expect(cycleIds([agency('a', 'b'), agency('b', 'c'), agency('c', 'b')])).toEqual(['b', 'c']);
    expect(cycleIds([agency('self', 'self')])).toEqual(['self']);
  });

  it('accepts trees and parents that are not in the file', () => {
    expect(
      cycleIds([
        agency('root'),
        agency('x', 'root'),
        agency('y', 'root'),
        agency('z', 'elsewhere'),
      ]),
    ).toEqual([]);
  });

  it('walks a chain of 100,000 agencies in linear time', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) =>
      agency(`a${i}`, i === 0 ? undefined : `a${i - 1}`),
    );
    const started = performance.now();
    expect(cycleIds(chain.reverse())).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
