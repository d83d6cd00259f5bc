import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale, LocalizedText } from '@/domain/locale';
import { pickText } from '@/domain/locale';
import { catalogs, isUiLocale, UI_LOCALES } from './catalogs';
import type { UiLocale, MessageKey } from './catalogs';
import { formatKyDateTime, kyNumberFormat } from './kyFormat';
import type { KyDateOptions } from './kyFormat';
import { formatMessage } from './translate';
import type { Params } from './translate';

/** The date styles the app uses; Kyrgyz supplies its own formatting for exactly these. */
type DateOptions = KyDateOptions;

const STORAGE_KEY = 'egov.locale';

export interface I18n {
  locale: UiLocale;
  setLocale: (locale: UiLocale) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** Text from a questionnaire in the current language; `fallback` marks another language. */
  text: (value: LocalizedText | undefined) => { text: string; locale: Locale; fallback: boolean };
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatDateTime: (iso: string, options?: DateOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): UiLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies); the browser language still works.
  }
  const preferred = navigator.languages.map((l) => l.slice(0, 2));
  return preferred.find(isUiLocale) ?? UI_LOCALES[0];
}

export function I18nProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  locale?: UiLocale;
}) {
  const [locale, setLocaleState] = useState<UiLocale>(() => fixed ?? initialLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: UiLocale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but the switch itself still works.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const catalog = catalogs[locale];
    const numbers = (options?: Intl.NumberFormatOptions) =>
      locale === 'ky' ? kyNumberFormat(options) : new Intl.NumberFormat(locale, options);
    const numberFormat = numbers();
    return {
      locale,
      setLocale,
      t: (key, params) => formatMessage(catalog[key], locale, params),
      text: (value) => pickText(value, locale),
      formatNumber: (n, options) => (options ? numbers(options) : numberFormat).format(n),
      formatDateTime: (iso, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
        locale === 'ky'
          ? formatKyDateTime(new Date(iso), options)
          : new Intl.DateTimeFormat(locale, options).format(new Date(iso)),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
