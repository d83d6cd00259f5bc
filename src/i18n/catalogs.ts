import { en } from './en';
import { ky } from './ky';
import { ru } from './ru';

/** Languages the interface is offered in, in the order the switcher shows them. */
export const UI_LOCALES = ['ky', 'ru', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type MessageKey = keyof typeof en;

export const catalogs = { ky, ru, en } satisfies Record<UiLocale, Record<MessageKey, unknown>>;

export const LOCALE_NAMES: Record<UiLocale, string> = {
  ky: 'Кыргызча',
  ru: 'Русский',
  en: 'English',
};

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}
