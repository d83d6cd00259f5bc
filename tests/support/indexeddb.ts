/**
 * Reads what the app stored, with the raw IndexedDB API inside the page: no Dexie, no app
 * code, so a test sees exactly what survives a reload or a crash.
 */
import type { Page } from 'playwright-core';
import type { Assessment, Round } from '@/domain/records';

export const DATABASE_NAME = 'egov-readiness';

/** One record of `store` by key, or undefined. Never creates the database. */
export async function readRecord(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ({ name, store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        // Opening a missing database would create it: abort instead, and report that.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`cannot open ${name}: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(store, 'readonly').objectStore(store).get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => {
            db.close();
            reject(new Error(`cannot read ${store}/${key}: ${String(get.error)}`));
          };
        };
      }),
    { name: DATABASE_NAME, store, key },
  );
}

function isAssessment(value: unknown): value is Assessment {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'answers' in value &&
    'status' in value &&
    'history' in value
  );
}

/** The stored assessment record; throws when there is none. */
export async function readAssessment(page: Page, id: string): Promise<Assessment> {
  const record = await readRecord(page, 'assessments', id);
  if (!isAssessment(record)) throw new Error(`no assessment ${id} in IndexedDB`);
  return record;
}

function isRound(value: unknown): value is Round {
  return typeof value === 'object' && value !== null && 'id' in value && 'targets' in value;
}

/** The stored round record; throws when there is none. */
export async function readRound(page: Page, id: string): Promise<Round> {
  const record = await readRecord(page, 'rounds', id);
  if (!isRound(record)) throw new Error(`no round ${id} in IndexedDB`);
  return record;
}

interface LockWindow extends Window {
  e2eReleaseWriteLock?: () => Promise<void>;
}

/**
 * Opens a read-write transaction on `store` in the page and keeps it busy, so every other
 * write to that store, from any tab, waits in line behind it and then runs in the order it
 * was asked for. Lets a test decide which of two tabs' writes lands first without racing
 * timers. `release()` ends the transaction (it writes nothing).
 */
export async function holdWriteLock(
  page: Page,
  store: string,
): Promise<{ release(): Promise<void> }> {
  await page.evaluate(
    ({ name, store }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`cannot open ${name}: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          const finished = new Promise<void>((done, fail) => {
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onabort = () => fail(new Error(`write lock aborted: ${String(tx.error)}`));
          });
          let held = true;
          // A transaction commits once no request is outstanding: always keep one in flight.
          const spin = (): void => {
            if (held) tx.objectStore(store).count().onsuccess = spin;
          };
          (window as LockWindow).e2eReleaseWriteLock = () => {
            held = false;
            return finished;
          };
          tx.objectStore(store).count().onsuccess = () => {
            resolve();
            spin();
          };
        };
      }),
    { name: DATABASE_NAME, store },
  );
  return {
    release: () =>
      page.evaluate(() => {
        const release = (window as LockWindow).e2eReleaseWriteLock;
        if (!release) throw new Error('no write lock is held in this page');
        return release();
      }),
  };
}
