/**
 * The rules by which `saveAnswers` merges a batch of answer changes into stored answers.
 * Kept pure so the conflict rules can be read and tested on their own.
 *
 * Two tabs (or a tab and a restored copy) may edit the same draft. Each change carries
 * `baseAt`, the `at` of the stored answer the tab last saw, so a change made on top of
 * an answer the tab never saw is reported back instead of silently overwriting it.
 */
import type { Answer, Answers, Response } from '../domain/records';
import { invalid, isIsoTime } from './validate';

export interface AnswerChange {
  itemId: string;
  /** The new answer, with `at` set by the tab to the time of the change; null clears. */
  answer: Answer | null;
  /** The stored answer's `at` this tab last saw, null if it saw none. */
  baseAt: string | null;
}

export interface AnswerConflict {
  itemId: string;
  /** What is stored now, kept as it is; the tab decides whether to try again on top of it. */
  theirs: Answer | null;
}

export interface SaveResult {
  revision: number;
  /** Items whose stored answer now equals what the tab sent. */
  saved: string[];
  conflicts: AnswerConflict[];
}

const MAX_TEXT = 20_000;

/** Checks a whole batch before anything is written, and copies each answer's known fields. */
export function checkAnswerChanges(changes: readonly AnswerChange[]): AnswerChange[] {
  if (!Array.isArray(changes)) throw invalid('changes', 'must be a list');
  const seen = new Set<string>();
  return changes.map((change, index) => {
    const field = `changes[${index}]`;
    const { itemId, baseAt } = change;
    if (typeof itemId !== 'string' || itemId === '') throw invalid(`${field}.itemId`, 'missing');
    if (seen.has(itemId)) throw invalid(`${field}.itemId`, `${itemId} is changed twice`);
    seen.add(itemId);
    if (baseAt !== null && typeof baseAt !== 'string') {
      throw invalid(`${field}.baseAt`, 'must be a time or null');
    }
    return { itemId, baseAt, answer: checkAnswer(change.answer, `${field}.answer`) };
  });
}

function checkAnswer(answer: Answer | null, field: string): Answer | null {
  if (answer === null) return null;
  if (typeof answer !== 'object') throw invalid(field, 'must be an answer or null');
  if (!isIsoTime(answer.at)) throw invalid(`${field}.at`, 'must be an ISO time');
  const checked: Answer = { at: answer.at };
  if (answer.response !== undefined) {
    checked.response = checkResponse(answer.response, `${field}.response`);
  }
  if (answer.note !== undefined) {
    if (typeof answer.note !== 'string' || answer.note.length > MAX_TEXT) {
      throw invalid(`${field}.note`, `must be text of at most ${MAX_TEXT} characters`);
    }
    checked.note = answer.note;
  }
  return checked;
}

function checkResponse(response: Response, field: string): Response {
  switch (response?.kind) {
    case 'na':
    case 'dk':
      return { kind: response.kind };
    case 'value': {
      const { value } = response;
      const ok =
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && value.length <= MAX_TEXT);
      if (!ok) throw invalid(`${field}.value`, 'must be a finite number or text');
      return { kind: 'value', value };
    }
    default:
      throw invalid(`${field}.kind`, 'must be value, na or dk');
  }
}

/**
 * For each change: if the stored answer is exactly what is sent, nothing to do; if the tab
 * saw the stored answer (`baseAt` matches) or sends the same response and note anyway, it
 * is applied; otherwise it is a conflict and the stored answer stays.
 */
export function mergeAnswerChanges(
  stored: Answers,
  changes: readonly AnswerChange[],
): { answers: Answers; applied: string[]; saved: string[]; conflicts: AnswerConflict[] } {
  const answers: Answers = { ...stored };
  const applied: string[] = [];
  const saved: string[] = [];
  const conflicts: AnswerConflict[] = [];
  for (const { itemId, answer, baseAt } of changes) {
    const current = Object.hasOwn(stored, itemId) ? (stored[itemId] ?? null) : null;
    if (sameContent(current, answer) && current?.at === answer?.at) {
      saved.push(itemId);
    } else if ((current?.at ?? null) === baseAt || sameContent(current, answer)) {
      if (answer === null) delete answers[itemId];
      else answers[itemId] = answer;
      applied.push(itemId);
      saved.push(itemId);
    } else {
      conflicts.push({ itemId, theirs: current });
    }
  }
  return { answers, applied, saved, conflicts };
}

/** Same response and note; the time of the change is not compared. */
export function sameContent(a: Answer | null, b: Answer | null): boolean {
  if (a === null || b === null) return a === b;
  return sameResponse(a.response, b.response) && (a.note ?? '') === (b.note ?? '');
}

function sameResponse(a: Response | undefined, b: Response | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value;
  return a.kind === b.kind;
}
