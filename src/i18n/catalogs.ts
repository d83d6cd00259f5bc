import type { en } from './en';
import type { CatalogLike } from './types';

/** Languages the interface is offered in, in the order the switcher shows them. */
export const UI_LOCALES = ['ky', 'ru', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type MessageKey = keyof typeof en;
export type Catalog = CatalogLike<typeof en>;

export const LOCALE_NAMES: Record<UiLocale, string> = {
  ky: 'Кыргызча',
  ru: 'Русский',
  en: 'English',
};

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

// Each language is its own chunk, so a person downloads only the one they read.
const loaders: Record<UiLocale, () => Promise<Catalog>> = {
  ky: () => import('./ky').then((m) => m.ky),
  ru: () => import('./ru').then((m) => m.ru),
  en: () => import('./en').then((m) => m.en),
};

const loaded = new Map<UiLocale, Catalog>();

export async function loadCatalog(locale: UiLocale): Promise<Catalog> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const catalog = await loaders[locale]();
  loaded.set(locale, catalog);
  return catalog;
}

export function loadedCatalog(locale: UiLocale): Catalog | undefined {
  return loaded.get(locale);
}

const STORAGE_KEY = 'egov.locale';

/** The language chosen earlier on this device, else the browser's, else Kyrgyz. */
export function initialLocale(): UiLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies); the browser language still works.
  }
  const preferred = navigator.languages.map((l) => l.slice(0, 2));
  return preferred.find(isUiLocale) ?? UI_LOCALES[0];
}

export function rememberLocale(locale: UiLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
}
