import type { MessageKey } from '@/i18n/catalogs';

export const MIN_PASSPHRASE = 8;
/** Well above the 600,000 floor; about a second in a browser on an office laptop. */
export const EXPORT_ITERATIONS = 600_000;
/** The app's version as written into files: package.json's, put in at build time. */
export const APP_VERSION = __APP_VERSION__;

export interface PassphraseErrors {
  passphrase?: MessageKey;
  again?: MessageKey;
}

/** Empty when the passphrase may be used, or when no encryption is asked for. */
export function validatePassphrase(
  encrypt: boolean,
  passphrase: string,
  again: string,
): PassphraseErrors {
  if (!encrypt) return {};
  if ([...passphrase].length < MIN_PASSPHRASE) return { passphrase: 'export.passphraseShort' };
  if (passphrase !== again) return { again: 'export.passphraseMismatch' };
  return {};
}

/** A file name safe on every system, from record names that may hold any character. */
export function exportFileName(parts: readonly string[], date: string): string {
  const slug = parts
    .join('-')
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\p{Cc}+/gu, '')
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${slug || 'export'}-${date.slice(0, 10)}.json`;
}
