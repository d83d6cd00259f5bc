/**
 * Every translatable text of a questionnaire, with its place, for language coverage checks.
 * A text is any object whose keys are all language codes; the walk needs no list of fields,
 * so a text field added to the format later is covered without changes here.
 */
import { isLocale, LOCALES } from '../locale';
import type { Locale, LocalizedText } from '../locale';
import { formatPath } from '../problems';
import type { ProblemPath } from '../problems';

export interface PlacedText {
  path: string;
  text: LocalizedText;
}

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLocale);
}

export function collectTexts(value: unknown, path: ProblemPath = [], out: PlacedText[] = []) {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => collectTexts(entry, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    if (isLocalizedText(value)) {
      out.push({ path: formatPath(path), text: value });
    } else {
      for (const [key, entry] of Object.entries(value)) collectTexts(entry, [...path, key], out);
    }
  }
  return out;
}

export interface LanguageCoverage {
  locale: Locale;
  total: number;
  present: number;
  /** Places of the texts missing in this language. */
  missing: string[];
}

export function textCoverage(texts: readonly PlacedText[]): LanguageCoverage[] {
  return LOCALES.map((locale) => {
    const missing = texts.filter((t) => !t.text[locale]?.trim()).map((t) => t.path);
    return { locale, total: texts.length, present: texts.length - missing.length, missing };
  });
}
