/**
 * A live query that whoever watches it shares, with its latest result at hand. The start-up
 * code starts one for the screen an address shows, while the app's code is still arriving;
 * the screen then renders the result at once and goes on watching the same query, instead
 * of reading the same records again and rendering twice (a round of 300 agencies takes a
 * noticeable time to read). Screens take it with dexie-react-hooks' `useObservable`, which
 * reads `getValue()` for its first render.
 */
import { liveQuery, type Subscription } from 'dexie';

export interface SharedQuery<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): Subscription;
  hasValue(): boolean;
  /** The latest result; only meaningful when `hasValue()`. */
  getValue(): T;
}

interface Observer<T> {
  next: (value: T) => void;
  error?: ((error: unknown) => void) | undefined;
}

const running = new Map<string, SharedQuery<unknown>>();

/**
 * The query `key` names, running `querier` while anyone watches it. Once nobody does, it
 * stops and is forgotten: the next screen to ask reads afresh.
 */
export function sharedLiveQuery<T>(key: string, querier: () => Promise<T>): SharedQuery<T> {
  const known = running.get(key) as SharedQuery<T> | undefined;
  if (known) return known;
  const observers = new Set<Observer<T>>();
  let latest: { value: T } | undefined;
  let source: Subscription | undefined;
  const query: SharedQuery<T> = {
    subscribe(next, error) {
      const observer = { next, error };
      observers.add(observer);
      if (latest) next(latest.value);
      running.set(key, query);
      source ??= liveQuery(querier).subscribe({
        next: (value) => {
          latest = { value };
          for (const o of [...observers]) o.next(value);
        },
        error: (failure: unknown) => {
          for (const o of [...observers]) o.error?.(failure);
        },
      });
      let closed = false;
      return {
        get closed() {
          return closed;
        },
        unsubscribe() {
          if (closed) return;
          closed = true;
          observers.delete(observer);
          if (observers.size > 0) return;
          source?.unsubscribe();
          source = undefined;
          // Nobody watches changes now, so this result may go stale: forget it.
          latest = undefined;
          if (running.get(key) === query) running.delete(key);
        },
      };
    },
    hasValue: () => latest !== undefined,
    getValue: () => latest?.value as T,
  };
  return query;
}

/**
 * Starts `query` and keeps it running for `ms`, so that a screen about to open finds its
 * result; resolves with that first result.
 */
export function holdQuery<T>(query: SharedQuery<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const held = query.subscribe(resolve, reject);
    setTimeout(() => held.unsubscribe(), ms);
  });
}
