import type { Message, PluralForms } from './types';

export type Params = Record<string, string | number>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

function pickPlural(forms: PluralForms, locale: string, count: number): string {
  const category = pluralRules(locale).select(count);
  return forms[category] ?? forms.other;
}

/**
 * Fills `{name}` placeholders. Plural messages pick their form from `params.count` with the
 * language's own plural rules (Russian has one / few / many).
 */
export function formatMessage(message: Message, locale: string, params: Params = {}): string {
  const template =
    typeof message === 'string'
      ? message
      : pickPlural(message, locale, typeof params.count === 'number' ? params.count : 0);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
