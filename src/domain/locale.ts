/** Languages the app and its questionnaires can carry. Kyrgyz is the state language. */
export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text given per language; a questionnaire declares which languages it must carry. */
export type LocalizedText = Partial<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the text for `locale`, falling back to the other languages in a fixed order.
 * `fallback` is true when the text shown is not in the requested language, so screens can
 * mark it instead of switching language silently.
 */
export function pickText(
  text: LocalizedText | undefined,
  locale: Locale,
): { text: string; locale: Locale; fallback: boolean } {
  const own = text?.[locale];
  if (own) return { text: own, locale, fallback: false };
  for (const other of ['en', 'ru', 'ky'] as const) {
    const candidate = text?.[other];
    if (candidate) return { text: candidate, locale: other, fallback: true };
  }
  return { text: '', locale, fallback: true };
}
