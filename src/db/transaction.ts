import type { Table } from 'dexie';
import { db } from './db';
import { RepositoryError } from './errors';
import { isQuotaError } from './storage';

/**
 * Runs `scope` as one read-write transaction over `tables`: everything it writes is kept,
 * or, if it throws, nothing is. A full disk surfaces as RepositoryError('quotaExceeded'),
 * so screens have one error type to translate.
 *
 * Inside `scope`, await only Dexie calls: awaiting anything else (fetch, dynamic import,
 * timers) lets IndexedDB commit the transaction early.
 */
export async function writeTransaction<T>(
  tables: readonly Table[],
  scope: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, scope);
  } catch (error) {
    if (isQuotaError(error)) {
      throw new RepositoryError('quotaExceeded', 'The browser has no room to store more data.');
    }
    throw error;
  }
}
