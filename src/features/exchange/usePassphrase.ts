import { useState } from 'react';
import { validatePassphrase } from './export-form';
import type { PassphraseErrors } from './export-form';

/**
 * The state of the optional passphrase (`PassphraseFields`) on a form that writes a file.
 * `check()` shows what is wrong, if anything, and gives the passphrase to encrypt with:
 * `undefined` for none, `null` when a field must be corrected first.
 */
export function usePassphrase() {
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<PassphraseErrors>({});
  const check = (): string | undefined | null => {
    const found = validatePassphrase(encrypt, passphrase, again);
    setErrors(found);
    if (found.passphrase ?? found.again) return null;
    return encrypt ? passphrase : undefined;
  };
  const fields = {
    encrypt,
    onEncrypt: setEncrypt,
    passphrase,
    again,
    onPassphrase: setPassphrase,
    onAgain: setAgain,
    errors,
  };
  return { fields, check };
}
