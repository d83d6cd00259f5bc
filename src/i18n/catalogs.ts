import type { en } from './en';
import type { restEn } from './rest.en';
import type { CatalogLike, MessageCatalog } from './types';

/** Languages the interface is offered in, in the order the switcher shows them. */
export const UI_LOCALES = ['ky', 'ru', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type MessageKey = keyof typeof en | keyof typeof restEn;
export type Catalog = CatalogLike<typeof en> & CatalogLike<typeof restEn>;

export const LOCALE_NAMES: Record<UiLocale, string> = {
  ky: 'Кыргызча',
  ru: 'Русский',
  en: 'English',
};

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * A language's texts come in two parts, each its own chunk, so a person downloads only the
 * language they read, and a draft opened from a bookmark only a quarter of it:
 * - `first` (`en.ts`): the screens the start-up may open first, without waiting: the layout,
 *   home, start form, wizard and review (`app/message-parts.test.ts` checks they need no other);
 * - `rest` (`rest.en.ts`): every other screen; `screens.ts` loads it with their code.
 */
export type MessagePart = 'first' | 'rest';

const loaders: Record<UiLocale, Record<MessagePart, () => Promise<MessageCatalog>>> = {
  ky: {
    first: () => import('./ky').then((m) => m.ky),
    rest: () => import('./rest.ky').then((m) => m.restKy),
  },
  ru: {
    first: () => import('./ru').then((m) => m.ru),
    rest: () => import('./rest.ru').then((m) => m.restRu),
  },
  en: {
    first: () => import('./en').then((m) => m.en),
    rest: () => import('./rest.en').then((m) => m.restEn),
  },
};

/** The parts asked for so far: a language switched to loads all of them before it shows. */
const wanted = new Set<MessagePart>(['first']);
/** Per language asked for, the texts of its parts loaded so far, in one object that only grows. */
const texts = new Map<UiLocale, MessageCatalog>();
const parts = new Map<string, { loading: Promise<void>; state: 'loading' | 'loaded' | 'failed' }>();

function loadPart(locale: UiLocale, part: MessagePart): Promise<void> {
  const key = `${locale}/${part}`;
  const known = parts.get(key);
  if (known && known.state !== 'failed') return known.loading;
  // Known from the first request on, so that `loadRestMessages` includes it while it loads.
  const all = texts.get(locale) ?? {};
  texts.set(locale, all);
  const entry = {
    state: 'loading' as 'loading' | 'loaded' | 'failed',
    loading: loaders[locale][part]().then(
      (messages) => {
        Object.assign(all, messages);
        entry.state = 'loaded';
      },
      (error: unknown) => {
        // A lost connection: the next attempt downloads it again.
        entry.state = 'failed';
        throw error;
      },
    ),
  };
  parts.set(key, entry);
  return entry.loading;
}

/** The texts of `locale`: every part asked for so far (`first`, unless a screen needed more). */
export async function loadCatalog(locale: UiLocale): Promise<Catalog> {
  await Promise.all([...wanted].map((part) => loadPart(locale, part)));
  // Whole for every screen that was allowed to render (see `MessagePart`).
  return texts.get(locale) as Catalog;
}

export function loadedCatalog(locale: UiLocale): Catalog | undefined {
  const ready = [...wanted].every((part) => parts.get(`${locale}/${part}`)?.state === 'loaded');
  return ready ? (texts.get(locale) as Catalog) : undefined;
}

/** Loads the `rest` part of every language asked for so far: screens past the first need it. */
export async function loadRestMessages(): Promise<void> {
  wanted.add('rest');
  await Promise.all([...texts.keys()].map((locale) => loadPart(locale, 'rest')));
}

/**
 * For a text missing from `locale`'s loaded parts: the loading of the rest to wait for (a
 * screen rendering it suspends until then), or, when that download failed, the error.
 */
export function missingMessages(locale: UiLocale): Promise<void> | Error {
  if (parts.get(`${locale}/rest`)?.state === 'failed') {
    return new Error('The interface texts could not be loaded.');
  }
  wanted.add('rest');
  return loadPart(locale, 'rest');
}

/** Where the chosen interface language is kept on the device. */
export const LOCALE_STORAGE_KEY = 'egov.locale';

/** The language chosen earlier on this device, else the browser's, else Kyrgyz. */
export function initialLocale(): UiLocale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isUiLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies); the browser language still works.
  }
  const preferred = navigator.languages.map((l) => l.slice(0, 2));
  return preferred.find(isUiLocale) ?? UI_LOCALES[0];
}

export function rememberLocale(locale: UiLocale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
}
