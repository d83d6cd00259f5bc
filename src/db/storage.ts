/**
 * How much the browser lets the app keep, and whether it may evict it. Answers live only on
 * this device until exported, so asking for persistent storage matters.
 */
import { db } from './db';

/** 'granted': the browser promised not to evict the app's data without asking. */
export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/** Settings key under which the last request's result is kept. */
export const PERSISTENCE_SETTING = 'persistence';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks the browser not to evict the app's data, and remembers the answer. */
export async function requestPersistentStorage(): Promise<PersistenceResult> {
  const storage = storageManager();
  let result: PersistenceResult = 'unsupported';
  if (typeof storage?.persist === 'function') {
    try {
      result = (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      result = 'denied';
    }
  }
  await db.settings.put({ key: PERSISTENCE_SETTING, value: result });
  return result;
}

/** What the last `requestPersistentStorage` on this device returned, if it ever ran. */
export async function lastPersistenceRequest(): Promise<PersistenceResult | undefined> {
  const setting = await db.settings.get(PERSISTENCE_SETTING);
  const value = setting?.value;
  return value === 'granted' || value === 'denied' || value === 'unsupported' ? value : undefined;
}

/** Whether the data is persistent now ('denied' also when it was never asked for). */
export async function getPersistenceState(): Promise<PersistenceResult> {
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Bytes used and available to the app, or null when the browser does not say. */
export async function estimateStorage(): Promise<{ usage: number; quota: number } | null> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

/**
 * True for the browser's "storage full" error, whether raw or wrapped by Dexie (which keeps
 * the original as `inner`, possibly several levels deep).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    if (current instanceof DOMException && current.code === QUOTA_CODE) return true;
    current = inner;
  }
  return false;
}
