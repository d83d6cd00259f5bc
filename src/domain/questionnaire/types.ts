import type { z } from 'zod';
import type * as s from './schema';

export type Questionnaire = z.output<typeof s.questionnaire>;
export type Dimension = z.output<typeof s.dimension>;
export type Item = z.output<typeof s.item>;
export type ItemType = Item['type'];
export type LevelItem = z.output<typeof s.levelItem>;
export type PercentageItem = z.output<typeof s.percentageItem>;
export type ChoiceItem = z.output<typeof s.choiceItem>;
export type NumberItem = z.output<typeof s.numberItem>;
export type TextItem = z.output<typeof s.textItem>;
export type ShowIf = z.output<typeof s.showIf>;
/** What an author writes: defaults (weights, flags) may be left out. */
export type QuestionnaireInput = z.input<typeof s.questionnaire>;

export interface QuestionnaireRef {
  id: string;
  version: string;
}

export const YES_PARTIAL_NO = ['yes', 'partial', 'no'] as const;
export type YesPartialNo = (typeof YES_PARTIAL_NO)[number];
