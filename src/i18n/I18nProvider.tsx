import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale, LocalizedText } from '@/domain/locale';
import { pickText } from '@/domain/locale';
import {
  initialLocale,
  loadCatalog,
  loadedCatalog,
  missingMessages,
  rememberLocale,
} from './catalogs';
import type { Catalog, MessageKey, UiLocale } from './catalogs';
import { formatKyDateTime, kyNumberFormat } from './kyFormat';
import type { KyDateOptions } from './kyFormat';
import { formatMessage } from './translate';
import type { Params } from './translate';

/** The date styles the app uses; Kyrgyz supplies its own formatting for exactly these. */
type DateOptions = KyDateOptions;

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

export function I18nProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  locale?: UiLocale;
}) {
  const [locale, setLocaleState] = useState<UiLocale>(() => fixed ?? initialLocale());
  // main.tsx loads the first catalog before rendering; otherwise it is loaded here.
  const [catalog, setCatalog] = useState<Catalog | null>(() => loadedCatalog(locale) ?? null);

  useEffect(() => {
    if (catalog) return;
    let live = true;
    void loadCatalog(locale).then((loaded) => live && setCatalog(loaded));
    return () => {
      live = false;
    };
  }, [catalog, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: UiLocale) => {
    // The new language takes over once its texts are here, never half-translated.
    void loadCatalog(next).then((loaded) => {
      setCatalog(loaded);
      setLocaleState(next);
      rememberLocale(next);
    });
  }, []);

  const value = useMemo<I18n | null>(() => {
    if (!catalog) return null;
    const numbers = (options?: Intl.NumberFormatOptions) =>
      locale === 'ky' ? kyNumberFormat(options) : new Intl.NumberFormat(locale, options);
    const numberFormat = numbers();
    return {
      locale,
      setLocale,
      t: (key, params) => {
        const message = catalog[key] as Catalog[MessageKey] | undefined;
        // Only a screen that forgot to load the rest of the texts gets here: it waits for them.
        if (message === undefined) throw missingMessages(locale);
        return formatMessage(message, locale, params);
      },
      text: (value) => pickText(value, locale),
      formatNumber: (n, options) => (options ? numbers(options) : numberFormat).format(n),
      formatDateTime: (iso, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
        locale === 'ky'
          ? formatKyDateTime(new Date(iso), options)
          : new Intl.DateTimeFormat(locale, options).format(new Date(iso)),
    };
  }, [catalog, locale, setLocale]);

  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
