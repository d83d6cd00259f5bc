import { useId } from 'react';
import { useI18n } from '@/i18n/I18nProvider';
import { isUiLocale, LOCALE_NAMES, UI_LOCALES } from '@/i18n/catalogs';

export function LanguageSwitcher() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('layout.language')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isUiLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {UI_LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
