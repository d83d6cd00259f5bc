/**
 * A small valid questionnaire for tests, with one item of every type and a show-if. Each
 * call builds fresh objects, so a test may change any part and parse the result; the
 * parts are returned by name so a test can reach them without indexing.
 */
import type { z } from 'zod';
import type { LocalizedText } from '../locale';
import type * as s from './schema';
import type { QuestionnaireInput } from './types';

// Typed as authors write them (defaults optional), so a test may set or remove any field.
type Input<T extends z.ZodType> = z.input<T>;

export function questionnaireFixture() {
  const t = (text: string): LocalizedText => ({ en: text, ru: `${text} (ru)` });

  const level: Input<typeof s.levelItem> = {
    id: 'lvl',
    type: 'level',
    text: t('How mature is it?'),
    levels: [1, 2, 3, 4, 5].map((n) => ({
      level: n,
      label: t(`Level ${n}`),
      description: t(`What level ${n} looks like`),
    })),
  };

  const yesNo: Input<typeof s.yesPartialNoItem> = {
    id: 'ypn',
    type: 'yesPartialNo',
    text: t('Is there a strategy?'),
  };

  const percentage: Input<typeof s.percentageItem> = {
    id: 'pct',
    type: 'percentage',
    text: t('Share of services online'),
    bands: [
      { atLeast: 0, score: 0 },
      { atLeast: 50, score: 0.5 },
      { atLeast: 90, score: 1 },
    ],
  };

  const choice: Input<typeof s.choiceItem> = {
    id: 'cho',
    type: 'choice',
    text: t('Who owns the data?'),
    options: [
      { id: 'nobody', label: t('Nobody'), score: 0 },
      { id: 'unit', label: t('A unit'), score: 1 },
    ],
  };

  const number: Input<typeof s.numberItem> = {
    id: 'num',
    type: 'number',
    text: t('How many IT staff?'),
    min: 0,
    max: 1000,
    integer: true,
    scoring: { worst: 0, best: 20 },
  };

  const text: Input<typeof s.textItem> = {
    id: 'txt',
    type: 'text',
    text: t('Anything else?'),
  };

  const items: Input<typeof s.item>[] = [level, yesNo, percentage, choice, number, text];
  const dimension: Input<typeof s.dimension> = {
    id: 'strategy',
    title: t('Strategy'),
    description: t('Plans and leadership'),
    items,
  };

  // Shown only after a "yes" in the first dimension.
  const followUp: Input<typeof s.yesPartialNoItem> & { showIf: Input<typeof s.showIf> } = {
    id: 'follow-up',
    type: 'yesPartialNo',
    text: t('Is the strategy funded?'),
    showIf: { item: 'ypn', in: ['yes', 'partial'] },
  };

  const secondItems: Input<typeof s.item>[] = [followUp];
  const second: Input<typeof s.dimension> = {
    id: 'services',
    title: t('Services'),
    description: t('Services online'),
    items: secondItems,
  };

  const q: QuestionnaireInput = {
    schemaVersion: 1,
    id: 'core',
    version: '1.0.0',
    locales: ['en', 'ru'],
    title: t('Readiness'),
    description: t('A self-assessment'),
    dimensions: [dimension, second],
  };

  return { q, dimension, second, level, yesNo, percentage, choice, number, text, followUp };
}

export type QuestionnaireFixture = ReturnType<typeof questionnaireFixture>;
