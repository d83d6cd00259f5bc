/**
 * Passphrase encryption of an exchange file's content with WebCrypto: PBKDF2-SHA-256
 * derives an AES-256-GCM key from the passphrase and a random salt; GCM's tag makes any
 * change to the ciphertext, iv or salt fail decryption, exactly as a wrong passphrase does.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; every file the app makes uses at least this. */
export const MIN_ITERATIONS = 600_000;
/** A hostile file must not make the reader derive a key for minutes. */
export const MAX_ITERATIONS = 10_000_000;
export const DEFAULT_ITERATIONS = MIN_ITERATIONS;

const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface EncryptedBlock {
  cipher: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  iv: string;
  ciphertext: string;
}

/**
 * The same passphrase typed on another system may arrive in another Unicode form (й or ё
 * as one character or as a letter plus a combining mark); NFC makes both derive one key.
 */
function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface EncryptOptions {
  iterations: number;
  /** Fixed salt and iv, only so the bad-input corpus is reproducible byte for byte. */
  salt?: Uint8Array<ArrayBuffer>;
  iv?: Uint8Array<ArrayBuffer>;
}

export async function encryptText(
  plaintext: string,
  passphrase: string,
  options: EncryptOptions,
): Promise<EncryptedBlock> {
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = options.iv ?? globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, options.iterations);
  const data = new TextEncoder().encode(plaintext);
  const sealed = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
  return {
    cipher: 'AES-GCM',
    kdf: 'PBKDF2-SHA-256',
    iterations: options.iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
}

/** The plaintext, or null when the tag does not verify (wrong passphrase or altered bytes). */
export async function decryptText(
  block: EncryptedBlock,
  passphrase: string,
): Promise<string | null> {
  const salt = fromBase64(block.salt);
  const iv = fromBase64(block.iv);
  const ciphertext = fromBase64(block.ciphertext);
  if (!salt || !iv || !ciphertext || iv.length !== IV_BYTES) return null;
  const key = await deriveKey(passphrase, salt, block.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext);
  } catch {
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

// btoa/atob work on "binary strings"; chunks keep String.fromCharCode's argument list short.
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
