/**
 * Writes records as an exchange file or backup (see `format.ts`). The app always derives
 * encryption keys with at least 600,000 PBKDF2 iterations; only a test may ask for fewer,
 * and must say so by name.
 */
import { canonicalJson, digestOf, sha256Hex } from './canonical';
import { DEFAULT_ITERATIONS, encryptText, MAX_ITERATIONS, MIN_ITERATIONS } from './crypto';
import type { EncryptOptions } from './crypto';
import {
  APP_NAME,
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGE_FORMAT_VERSION_WITHOUT_ACTIONS,
} from './format';
import type { ExchangeContent, ExchangeKind } from './format';

export interface CreateOptions {
  kind: ExchangeKind;
  appVersion: string;
  /** ISO time the file is made. */
  now: string;
  /** When given (non-empty), the content is encrypted with it. */
  passphrase?: string;
  iterations?: number;
  /** Tests only: allow fewer than 600,000 iterations, to keep tests fast. */
  testOnlyAllowWeakKdf?: boolean;
  /** Tests and the corpus only: a fixed salt and iv, for reproducible files. */
  testOnlyRandom?: Pick<EncryptOptions, 'salt' | 'iv'>;
}

/** Pretty JSON text of the file; throws only on a programming error (bad options). */
export async function createExchangeFile(
  content: ExchangeContent,
  options: CreateOptions,
): Promise<string> {
  const actions = content.actions ?? [];
  // The lowest version that holds the file (see `format.ts`).
  const formatVersion =
    actions.length > 0 || options.passphrase !== undefined
      ? EXCHANGE_FORMAT_VERSION
      : EXCHANGE_FORMAT_VERSION_WITHOUT_ACTIONS;
  const head = {
    format: EXCHANGE_FORMAT,
    formatVersion,
    createdAt: options.now,
    app: { name: APP_NAME, version: options.appVersion },
    kind: options.kind,
  };
  // Only the record lists travel, whatever else the object passed in carries.
  const records: ExchangeContent = {
    questionnaires: content.questionnaires,
    agencies: content.agencies,
    rounds: content.rounds,
    assessments: content.assessments,
    ...(actions.length > 0 ? { actions } : {}),
  };

  if (options.passphrase === undefined) {
    // Written in canonical key order: the same records always give the same file, and the
    // reader finds every object already in order.
    const canonical = canonicalJson(records);
    const digest = { algorithm: 'SHA-256', value: await sha256Hex(canonical) };
    const sorted: unknown = JSON.parse(canonical);
    return JSON.stringify({ ...head, content: sorted, digest }, null, 2);
  }

  if (options.passphrase === '') throw new RangeError('an empty passphrase encrypts nothing');
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const floor = options.testOnlyAllowWeakKdf ? 1 : MIN_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < floor || iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be a whole number from ${floor} to ${MAX_ITERATIONS}`);
  }
  const encrypted = await encryptText(canonicalJson(records), options.passphrase, {
    iterations,
    ...options.testOnlyRandom,
  });
  const digest = { algorithm: 'SHA-256', value: await digestOf(encrypted) };
  return JSON.stringify({ ...head, encrypted, digest }, null, 2);
}
