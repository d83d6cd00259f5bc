/**
 * Builders for the bad-input corpus (`corpus.ts`): deterministic, so re-running
 * `make-corpus.ts` changes no file unless a case changed.
 */
import { digestOf } from './canonical';
import { createExchangeFile } from './create';
import type { CreateOptions } from './create';
import { fixtureContent } from './fixture';
import type { ExchangeContent } from './format';

export const NOW = '2025-03-03T10:00:00.000Z';
export const CORPUS_PASSPHRASE = 'Бишкек-2025 correct horse';
export const CORPUS_WRONG_PASSPHRASE = 'Бишкек-2024 correct horse';

const OPTIONS: CreateOptions = {
  kind: 'exchange',
  appVersion: '0.1.0',
  now: NOW,
  // A fixed salt and iv only so the stored file is reproducible; the app draws them at random.
  testOnlyRandom: {
    salt: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]),
    iv: new Uint8Array([21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]),
  },
};

/** A file as the app writes it, of `content` (the valid fixture unless given). */
export function appFile(
  content: ExchangeContent = fixtureContent(),
  options: Partial<CreateOptions> = {},
): Promise<string> {
  return createExchangeFile(content, { ...OPTIONS, ...options });
}

/** Content as given (valid or not) in a well-formed envelope with its true digest. */
export async function envelopeText(
  content: unknown,
  changes: Record<string, unknown> = {},
): Promise<string> {
  const head = {
    format: 'egov-readiness-exchange',
    formatVersion: 1,
    createdAt: NOW,
    app: { name: 'egov-readiness', version: '0.1.0' },
    kind: 'exchange',
  };
  const digest = { algorithm: 'SHA-256', value: await digestOf(content) };
  return JSON.stringify({ ...head, content, digest, ...changes }, null, 2);
}

/** The valid fixture, changed by `change`, with a true digest: only the change is wrong. */
export function editedFile(change: (content: ExchangeContent) => void): Promise<string> {
  const content = fixtureContent();
  change(content);
  return envelopeText(content);
}

/**
 * `key` put into the first agency, through text: in an object literal or by assignment,
 * `__proto__` would set the prototype instead of making a key.
 */
export function withKeyInAgency(key: string): Promise<string> {
  const text = JSON.stringify(fixtureContent()).replace(
    '"shortName":',
    `${JSON.stringify(key)}:{"polluted":"yes","toString":"boom"},"shortName":`,
  );
  const content: unknown = JSON.parse(text);
  return envelopeText(content);
}

/** An encrypted file whose ciphertext had one character changed after it was made. */
export async function alteredCiphertext(): Promise<string> {
  const text = await appFile(fixtureContent(), { passphrase: CORPUS_PASSPHRASE });
  const file: unknown = JSON.parse(text);
  if (!isRecord(file) || !isRecord(file.encrypted)) throw new Error('unexpected file shape');
  const ciphertext = String(file.encrypted.ciphertext);
  const flipped = ciphertext[10] === 'A' ? 'B' : 'A';
  file.encrypted.ciphertext = `${ciphertext.slice(0, 10)}${flipped}${ciphertext.slice(11)}`;
  return JSON.stringify(file, null, 2);
}

export function first<T>(list: readonly T[]): T {
  const [head] = list;
  if (head === undefined) throw new Error('the fixture has no records');
  return head;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
