import { db } from './db';
import { RepositoryError } from './errors';
import {
  estimateStorage,
  getPersistenceState,
  isQuotaError,
  lastPersistenceRequest,
  PERSISTENCE_SETTING,
  requestPersistentStorage,
} from './storage';
import { writeTransaction } from './transaction';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', { ...navigator, storage });
}

describe('persistent storage', () => {
  it('asks the browser and remembers the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorage({ persist, persisted: () => Promise.resolve(true) });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(await db.settings.get(PERSISTENCE_SETTING)).toEqual({
      key: 'persistence',
      value: 'granted',
    });
    expect(await lastPersistenceRequest()).toBe('granted');
    expect(await getPersistenceState()).toBe('granted');
  });

  it('reports a refusal', async () => {
    stubStorage({ persist: () => Promise.resolve(false), persisted: () => Promise.resolve(false) });
    expect(await requestPersistentStorage()).toBe('denied');
    expect(await getPersistenceState()).toBe('denied');
  });

  it('reports a browser without the storage API', async () => {
    stubStorage(undefined);
    expect(await lastPersistenceRequest()).toBeUndefined();
    expect(await requestPersistentStorage()).toBe('unsupported');
    expect(await getPersistenceState()).toBe('unsupported');
    expect(await estimateStorage()).toBeNull();
  });

  it('estimates usage and quota', async () => {
    stubStorage({ estimate: () => Promise.resolve({ usage: 1200, quota: 5000 }) });
    expect(await estimateStorage()).toEqual({ usage: 1200, quota: 5000 });
  });
});

describe('quota errors', () => {
  const quota = new DOMException('full', 'QuotaExceededError');

  it('recognises the raw and the Dexie-wrapped error', () => {
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: quota } })).toBe(
      true,
    );
    expect(isQuotaError(new DOMException('no', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('turns a full disk into RepositoryError("quotaExceeded") and rolls back', async () => {
    const error = await writeTransaction([db.settings], async () => {
      await db.settings.put({ key: 'a', value: 1 });
      throw quota;
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error).toMatchObject({ code: 'quotaExceeded' });
    expect(await db.settings.count()).toBe(0);
  });

  it('passes other errors through unchanged', async () => {
    const boom = new Error('boom');
    await expect(writeTransaction([db.settings], () => Promise.reject(boom))).rejects.toBe(boom);
  });
});
