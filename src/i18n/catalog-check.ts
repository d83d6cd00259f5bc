/**
 * Checks a translated UI catalog against the source: every key present and non-empty, the
 * same `{placeholders}`, and every plural form the language's rules need (Russian: one, few,
 * many, other). TypeScript already refuses a missing key; this also catches blank texts and
 * dropped placeholders, which types cannot see.
 */
import type { Message, MessageCatalog } from './types';

export interface CatalogProblem {
  key: string;
  problem: string;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function forms(message: Message): string[] {
  return typeof message === 'string'
    ? [message]
    : Object.values(message).filter((v) => v !== undefined);
}

export function checkCatalog(
  source: MessageCatalog,
  target: Partial<Record<string, Message>>,
  locale: string,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const [key, sourceMessage] of Object.entries(source)) {
    const message = target[key];
    if (message === undefined) {
      problems.push({ key, problem: 'missing' });
      continue;
    }
    if (forms(message).some((text) => text.trim() === '')) problems.push({ key, problem: 'empty' });
    if (typeof message !== typeof sourceMessage) {
      problems.push({ key, problem: 'plural in one language, plain text in the other' });
      continue;
    }
    if (typeof message !== 'string') {
      const absent = categories.filter((c) => message[c] === undefined);
      if (absent.length > 0)
        problems.push({ key, problem: `plural forms missing: ${absent.join(', ')}` });
    }
    const wanted = placeholders(forms(sourceMessage)[0] ?? '').join(', ');
    for (const text of forms(message)) {
      const found = placeholders(text).join(', ');
      if (found !== wanted) {
        problems.push({ key, problem: `placeholders {${found}} instead of {${wanted}}` });
      }
    }
  }
  for (const key of Object.keys(target)) {
    if (!(key in source)) problems.push({ key, problem: 'not in the source catalog' });
  }
  return problems;
}
