import { useI18n } from '@/i18n/I18nProvider';
import type { PassphraseErrors } from './export-form';

/** The optional passphrase, asked twice; errors are tied to their field for screen readers. */
export function PassphraseFields(props: {
  idPrefix: string;
  encrypt: boolean;
  onEncrypt: (value: boolean) => void;
  passphrase: string;
  again: string;
  onPassphrase: (value: string) => void;
  onAgain: (value: string) => void;
  errors: PassphraseErrors;
}) {
  const { t } = useI18n();
  const { idPrefix: p, errors } = props;
  return (
    <fieldset className="passphrase-fields">
      <legend className="visually-hidden">{t('export.encrypt')}</legend>
      <label>
        <input
          type="checkbox"
          checked={props.encrypt}
          onChange={(event) => props.onEncrypt(event.target.checked)}
        />
        {t('export.encrypt')}
      </label>
      {props.encrypt ? (
        <>
          <p id={`${p}-hint`}>{t('export.passphraseHint')}</p>
          <label htmlFor={`${p}-passphrase`}>{t('export.passphrase')}</label>
          <input
            id={`${p}-passphrase`}
            type="password"
            autoComplete="new-password"
            value={props.passphrase}
            aria-invalid={errors.passphrase ? true : undefined}
            aria-describedby={errors.passphrase ? `${p}-hint ${p}-error1` : `${p}-hint`}
            onChange={(event) => props.onPassphrase(event.target.value)}
          />
          {errors.passphrase ? (
            <p id={`${p}-error1`} className="field-error">
              {t(errors.passphrase)}
            </p>
          ) : null}
          <label htmlFor={`${p}-again`}>{t('export.passphraseAgain')}</label>
          <input
            id={`${p}-again`}
            type="password"
            autoComplete="new-password"
            value={props.again}
            aria-invalid={errors.again ? true : undefined}
            aria-describedby={errors.again ? `${p}-error2` : undefined}
            onChange={(event) => props.onAgain(event.target.value)}
          />
          {errors.again ? (
            <p id={`${p}-error2`} className="field-error">
              {t(errors.again)}
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
