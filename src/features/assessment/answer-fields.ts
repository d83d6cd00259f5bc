/**
 * The wizard's form holds every answer as strings (what the person sees and types); these
 * functions translate between that and the stored `Answer`. A typed value that breaks the
 * item's rule is not turned into a response: the form shows why and keeps the text.
 */
import { checkValue } from '@/domain/questionnaire/access';
import type { ValueProblemCode } from '@/domain/questionnaire/access';
import type { Item } from '@/domain/questionnaire/types';
import type { Answer, Response } from '@/domain/records';

export type Skip = '' | 'na' | 'dk';

export interface AnswerField {
  value: string;
  skip: Skip;
  note: string;
}

export const EMPTY_FIELD: AnswerField = { value: '', skip: '', note: '' };

export function fieldFromAnswer(answer: Answer | null | undefined): AnswerField {
  const response = answer?.response;
  return {
    value: response?.kind === 'value' ? String(response.value) : '',
    skip: response?.kind === 'na' ? 'na' : response?.kind === 'dk' ? 'dk' : '',
    note: answer?.note ?? '',
  };
}

/** Numbers may be typed with a comma as the decimal mark, as Russian and Kyrgyz write them. */
function parseTyped(item: Item, raw: string): unknown {
  const trimmed = raw.trim();
  if (item.type === 'level') return Number(trimmed);
  if (item.type === 'percentage' || item.type === 'number') {
    const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
  }
  return item.type === 'text' ? raw : trimmed;
}

export type FieldResult =
  | { ok: true; response: Response | undefined }
  | { ok: false; code: FieldProblemCode; params: Record<string, string | number> };

export type FieldProblemCode = ValueProblemCode | 'belowMin' | 'aboveMax';

export function responseFromField(item: Item, field: AnswerField): FieldResult {
  if (field.skip === 'na') return { ok: true, response: { kind: 'na' } };
  if (field.skip === 'dk') return { ok: true, response: { kind: 'dk' } };
  if (field.value.trim() === '') return { ok: true, response: undefined };
  const checked = checkValue(item, parseTyped(item, field.value));
  if (!checked.ok) {
    const { code, params } = checked;
    // "from 0 to 100", "at least 0" and "at most 100" read differently in every language.
    if (code === 'outOfRange' && params.min === undefined)
      return { ok: false, code: 'aboveMax', params };
    if (code === 'outOfRange' && params.max === undefined)
      return { ok: false, code: 'belowMin', params };
    return { ok: false, code, params };
  }
  return { ok: true, response: { kind: 'value', value: checked.value } };
}

/**
 * The answer to store for a field, or `null` to clear it. Returns `undefined` when the typed
 * value is invalid: then only the note may be stored, with the earlier response kept.
 */
export function answerFromField(
  item: Item,
  field: AnswerField,
  previous: Answer | undefined,
  at: string,
): Answer | null {
  const result = responseFromField(item, field);
  const response = result.ok ? result.response : previous?.response;
  const note = field.note;
  if (!response && note.trim() === '') return null;
  return {
    ...(response ? { response } : {}),
    ...(note.trim() !== '' ? { note } : {}),
    at,
  };
}

export function isResponded(answer: Answer | undefined): boolean {
  return answer?.response !== undefined;
}
