/**
 * Every record of a store, read with the raw IndexedDB API inside the page (no Dexie, no app
 * code), so a test can compare what was stored record by record before and after an action.
 */
import type { Page } from 'playwright-core';
import { DATABASE_NAME } from './indexeddb';

export async function readAll(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        // Opening a missing database would create it: abort instead, and report that.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`cannot open ${name}: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => {
            db.close();
            reject(new Error(`cannot read ${store}: ${String(all.error)}`));
          };
        };
      }),
    { name: DATABASE_NAME, store },
  );
}

/** The stores the app keeps records in (src/db/db.ts, version 2). */
export const STORES = [
  'agencies',
  'rounds',
  'assessments',
  'questionnaires',
  'places',
  'settings',
  'actions',
] as const;

export type Snapshot = Record<(typeof STORES)[number], unknown[]>;

export async function snapshot(page: Page): Promise<Snapshot> {
  const entries = await Promise.all(
    STORES.map(async (store) => [store, await readAll(page, store)] as const),
  );
  return Object.fromEntries(entries) as Snapshot;
}

const isDemo = (record: unknown) =>
  typeof record === 'object' && record !== null && 'demo' in record && record.demo === true;

/** The records that are not demo: every agency, round and assessment without the mark, and their places. */
export function ownRecords(
  all: Snapshot,
): Pick<Snapshot, 'agencies' | 'rounds' | 'assessments' | 'places'> {
  const assessments = all.assessments.filter((a) => !isDemo(a));
  const ids = new Set(assessments.map((a) => (a as { id: string }).id));
  return {
    agencies: all.agencies.filter((a) => !isDemo(a)),
    rounds: all.rounds.filter((r) => !isDemo(r)),
    assessments,
    places: all.places.filter((p) => ids.has((p as { assessmentId: string }).assessmentId)),
  };
}
