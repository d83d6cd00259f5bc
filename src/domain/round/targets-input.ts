/**
 * The targets form: one field per dimension, 0–100 as people write it ("62.5" or "62,5", as
 * Russian and Kyrgyz write decimals), stored in [0, 1]. An empty field means no target there.
 */
import { toPercent } from '../scoring/bands';

export type TargetProblem = 'notNumber' | 'outOfRange';

export type TargetInput =
  { ok: true; value: number | null } | { ok: false; problem: TargetProblem };

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function parseTargetInput(text: string): TargetInput {
  // Spaces (also as thousands separators) and a trailing per cent sign are what people type.
  const trimmed = text.replace(/\s+/g, '').replace(/%$/, '');
  if (trimmed === '') return { ok: true, value: null };
  if (!NUMBER.test(trimmed)) return { ok: false, problem: 'notNumber' };
  const percent = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(percent)) return { ok: false, problem: 'notNumber' };
  if (percent < 0 || percent > 100) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value: percent / 100 };
}

export interface TargetsForm {
  /** Per dimension id, in [0, 1]; dimensions left empty are not listed. */
  targets: Record<string, number>;
  /** Per dimension id with a problem; empty when the form can be saved. */
  problems: Record<string, TargetProblem>;
}

export function parseTargetsForm(values: Record<string, string>): TargetsForm {
  const targets: Record<string, number> = {};
  const problems: Record<string, TargetProblem> = {};
  for (const [dimensionId, text] of Object.entries(values)) {
    const parsed = parseTargetInput(text);
    if (!parsed.ok) problems[dimensionId] = parsed.problem;
    else if (parsed.value !== null) targets[dimensionId] = parsed.value;
  }
  return { targets, problems };
}

/** Stored targets as the form shows them: 0.625 → "62.5" (or "62,5"); no target → "". */
export function targetsToInputs(
  dimensionIds: readonly string[],
  targets: Record<string, number>,
  decimalSeparator: '.' | ',' = '.',
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const id of dimensionIds) {
    const t = targets[id];
    values[id] = t === undefined ? '' : String(toPercent(t)).replace('.', decimalSeparator);
  }
  return values;
}
