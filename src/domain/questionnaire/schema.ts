/**
 * The questionnaire file format, version 1. This zod schema is the single definition:
 * TypeScript types, `questionnaires/schema.json` (editor completion for authors) and the
 * structural part of `parseQuestionnaire` all come from it. Rules that span several places
 * (unique ids, show-if targets, texts for every declared locale) live in `parse.ts`.
 *
 * Stored answers refer to item ids, so an id never changes meaning once published:
 * a changed question gets a new id.
 */
import { z } from 'zod';
import { LOCALES } from '../locale';

export const QUESTIONNAIRE_SCHEMA_VERSION = 1;

export const stableId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'use 1–64 lowercase letters, digits, ".", "_" or "-"');

export const localeCode = z.enum(LOCALES);

export const localizedText = z
  .object({ ky: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) })
  .partial()
  .strict();

const answerValue = z.union([z.string(), z.number()]);

export const showIf = z
  .object({
    item: stableId.describe('Id of an earlier item whose answer decides visibility'),
    in: z.array(answerValue).min(1).describe('Show this item when that answer is one of these'),
  })
  .strict();

const itemBase = {
  id: stableId,
  text: localizedText.describe('The question or statement'),
  help: localizedText.optional().describe('What the item means and how to decide'),
  evidencePrompt: localizedText.optional().describe('What evidence supports the answer'),
  weight: z.number().default(1).describe('Relative weight within its dimension; > 0'),
  required: z.boolean().default(false),
  allowNotApplicable: z.boolean().default(true),
  allowDontKnow: z.boolean().default(true),
  showIf: showIf.optional(),
};

export const levelDescriptor = z
  .object({
    level: z.number().int().describe('1 to 5, in order'),
    label: localizedText.describe('Short name of the level'),
    description: localizedText.describe('What is observably true at this level'),
  })
  .strict();

export const levelItem = z
  .object({ ...itemBase, type: z.literal('level'), levels: z.array(levelDescriptor) })
  .strict();

export const yesPartialNoItem = z.object({ ...itemBase, type: z.literal('yesPartialNo') }).strict();

/** A band applies from `atLeast` up to the next band's `atLeast`; the first starts at 0. */
export const percentageBand = z.object({ atLeast: z.number(), score: z.number() }).strict();

export const percentageItem = z
  .object({ ...itemBase, type: z.literal('percentage'), bands: z.array(percentageBand).min(1) })
  .strict();

export const choiceOption = z
  .object({ id: stableId, label: localizedText, score: z.number() })
  .strict();

export const choiceItem = z
  .object({ ...itemBase, type: z.literal('choice'), options: z.array(choiceOption).min(2) })
  .strict();

/** Score = (x − worst) / (best − worst), clamped to [0, 1]; best may be below worst. */
export const numberItem = z
  .object({
    ...itemBase,
    type: z.literal('number'),
    unit: localizedText.optional(),
    integer: z.boolean().default(false),
    min: z.number().optional().describe('Smallest value a person may enter'),
    max: z.number().optional().describe('Largest value a person may enter'),
    scoring: z.object({ worst: z.number(), best: z.number() }).strict(),
  })
  .strict();

/** Free text is kept with the answers but never scored. */
export const textItem = z
  .object({
    ...itemBase,
    type: z.literal('text'),
    maxLength: z.number().int().positive().default(4000),
  })
  .strict();

export const item = z.discriminatedUnion('type', [
  levelItem,
  yesPartialNoItem,
  percentageItem,
  choiceItem,
  numberItem,
  textItem,
]);

export const dimension = z
  .object({
    id: stableId,
    title: localizedText,
    shortTitle: localizedText.optional().describe('Label for chart axes'),
    description: localizedText,
    weight: z.number().default(1),
    discussionPrompts: z.array(localizedText).default([]),
    items: z.array(item).min(1),
  })
  .strict();

export const questionnaire = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(QUESTIONNAIRE_SCHEMA_VERSION),
    id: stableId,
    version: z
      .string()
      .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'use a semantic version such as 1.0.0'),
    kind: z.enum(['core', 'module']).default('core'),
    locales: z.array(localeCode).min(1),
    title: localizedText,
    description: localizedText,
    dimensions: z.array(dimension).min(1),
  })
  .strict();
