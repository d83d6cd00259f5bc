import { resetDatabase } from '@/test/seed';
import { db } from './db';
import { holdQuery, sharedLiveQuery, type SharedQuery } from './shared-live-query';

beforeEach(resetDatabase);

/** Resolves with the first value of `query` that is `wanted`, and stops watching. */
function nextValue<T>(query: SharedQuery<T>, wanted: (value: T) => boolean): Promise<T> {
  return new Promise<T>((resolve) => {
    let found: { value: T } | undefined;
    const watching = query.subscribe((value) => {
      if (found || !wanted(value)) return;
      found = { value };
      // Synchronously replayed values arrive before `watching` exists.
      queueMicrotask(() => {
        watching.unsubscribe();
        resolve(value);
      });
    });
  });
}

const countSettings = vi.fn(() => db.settings.count());

describe('sharedLiveQuery', () => {
  beforeEach(() => countSettings.mockClear());

  it('runs one query for every watcher and gives a late one the latest result at once', async () => {
    const query = sharedLiveQuery('settings', countSettings);
    const first = await holdQuery(query, 1000);
    expect(first).toBe(0);
    // A screen opening now gets the same query and its result, without reading again.
    const same = sharedLiveQuery('settings', countSettings);
    expect(same).toBe(query);
    expect(same.hasValue()).toBe(true);
    expect(same.getValue()).toBe(0);
    const seen: number[] = [];
    const watching = same.subscribe((value) => seen.push(value));
    expect(seen).toEqual([0]);
    expect(countSettings).toHaveBeenCalledTimes(1);
    watching.unsubscribe();
  });

  // Each test names its own query: the first one's is still held.
  it('follows changes to what it read, for every watcher', async () => {
    const query = sharedLiveQuery('settings-followed', countSettings);
    const a: number[] = [];
    const b: number[] = [];
    const watchingA = query.subscribe((value) => a.push(value));
    const watchingB = query.subscribe((value) => b.push(value));
    await nextValue(query, (value) => value === 0);
    await db.settings.put({ key: 'privacy.hideAgencyNames', value: true });
    await nextValue(query, (value) => value === 1);
    expect(a).toEqual([0, 1]);
    expect(b).toEqual([0, 1]);
    watchingA.unsubscribe();
    watchingB.unsubscribe();
  });

  it('stops and forgets its result once nobody watches, so the next screen reads afresh', async () => {
    const query = sharedLiveQuery('settings-once', countSettings);
    const watching = query.subscribe(() => undefined);
    await nextValue(query, () => true);
    watching.unsubscribe();
    expect(query.hasValue()).toBe(false);
    const fresh = sharedLiveQuery('settings-once', countSettings);
    expect(fresh).not.toBe(query);
    expect(fresh.hasValue()).toBe(false);
  });

  it('passes a failed read on to its watchers', async () => {
    const query = sharedLiveQuery('failing', () => Promise.reject(new Error('disk full')));
    await expect(holdQuery(query, 10)).rejects.toThrow('disk full');
  });
});
