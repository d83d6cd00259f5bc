/**
 * Small typed builders for scoring tests. They produce questionnaires in parsed (output)
 * form, with every default the schema would fill in already set.
 */
import type { Answers, Response } from '../records';
import type {
  ChoiceItem,
  Dimension,
  Item,
  LevelItem,
  NumberItem,
  PercentageItem,
  Questionnaire,
  TextItem,
} from '../questionnaire/types';

type YesPartialNoItem = Extract<Item, { type: 'yesPartialNo' }>;
type Extra<T> = Partial<Omit<T, 'id' | 'type'>>;

function base(id: string) {
  return {
    id,
    text: { en: `Item ${id}` },
    weight: 1,
    required: false,
    allowNotApplicable: true,
    allowDontKnow: true,
  };
}

export const LEVELS: LevelItem['levels'] = [1, 2, 3, 4, 5].map((level) => ({
  level,
  label: { en: `Level ${level}` },
  description: { en: `What is true at level ${level}` },
}));

export function levelItem(id: string, extra: Extra<LevelItem> = {}): LevelItem {
  return { ...base(id), type: 'level', levels: LEVELS, ...extra };
}

export function yesPartialNoItem(id: string, extra: Extra<YesPartialNoItem> = {}): Item {
  return { ...base(id), type: 'yesPartialNo', ...extra } satisfies YesPartialNoItem;
}

/** NHS-style bands: 0 → 0, 1–20 → 0.2, 21–40 → 0.4, 41–60 → 0.6, 61–80 → 0.8, 81–100 → 1. */
export const NHS_BANDS: PercentageItem['bands'] = [
  { atLeast: 0, score: 0 },
  { atLeast: 1, score: 0.2 },
  { atLeast: 21, score: 0.4 },
  { atLeast: 41, score: 0.6 },
  { atLeast: 61, score: 0.8 },
  { atLeast: 81, score: 1 },
];

export function percentageItem(id: string, extra: Extra<PercentageItem> = {}): PercentageItem {
  return { ...base(id), type: 'percentage', bands: NHS_BANDS, ...extra };
}

export function choiceItem(id: string, extra: Extra<ChoiceItem> = {}): ChoiceItem {
  const options: ChoiceItem['options'] = [
    { id: 'none', label: { en: 'None' }, score: 0 },
    { id: 'some', label: { en: 'Some' }, score: 0.3 },
    { id: 'all', label: { en: 'All' }, score: 1 },
  ];
  return { ...base(id), type: 'choice', options, ...extra };
}

export function numberItem(
  id: string,
  scoring: NumberItem['scoring'],
  extra: Extra<NumberItem> = {},
): NumberItem {
  return { ...base(id), type: 'number', integer: false, scoring, ...extra };
}

export function textItem(id: string, extra: Extra<TextItem> = {}): TextItem {
  return { ...base(id), type: 'text', maxLength: 4000, ...extra };
}

export function dimension(id: string, items: Item[], extra: Extra<Dimension> = {}): Dimension {
  return {
    id,
    title: { en: `Dimension ${id}` },
    description: { en: `About ${id}` },
    weight: 1,
    discussionPrompts: [],
    items,
    ...extra,
  };
}

export function questionnaire(dimensions: Dimension[]): Questionnaire {
  return {
    schemaVersion: 1,
    id: 'test',
    version: '1.0.0',
    kind: 'core',
    locales: ['en'],
    title: { en: 'Test questionnaire' },
    description: { en: 'For scoring tests' },
    dimensions,
  };
}

export const NA: Response = { kind: 'na' };
export const DK: Response = { kind: 'dk' };

/** `answers({ a: 5, b: 'yes', c: NA })`: numbers and strings are stored as values. */
export function answers(spec: Record<string, number | string | Response>): Answers {
  const out: Answers = {};
  for (const [id, r] of Object.entries(spec)) {
    const response: Response = typeof r === 'object' ? r : { kind: 'value', value: r };
    out[id] = { response, at: '2024-01-01T00:00:00.000Z' };
  }
  return out;
}
