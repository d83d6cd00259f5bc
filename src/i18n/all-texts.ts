/**
 * Every UI text of every language, both parts together, for the checks of completeness
 * (`npm run check:i18n` and the catalog tests). The app itself loads the parts separately
 * (`catalogs.ts`), so nothing in the app imports this file.
 */
import type { UiLocale } from './catalogs';
import { en } from './en';
import { ky } from './ky';
import { restEn } from './rest.en';
import { restKy } from './rest.ky';
import { restRu } from './rest.ru';
import { ru } from './ru';
import type { MessageCatalog } from './types';

/** The source language, English. */
export const sourceTexts: MessageCatalog = { ...en, ...restEn };

export const allTexts: Record<UiLocale, MessageCatalog> = {
  ky: { ...ky, ...restKy },
  ru: { ...ru, ...restRu },
  en: sourceTexts,
};
