/**
 * One respondent's answers. The first respondent of an agency answers from the agency's
 * latent level per dimension; further respondents echo those answers, shifted a step now
 * and then in the direction their role tends to see things, and by two levels on a few
 * chosen items, so the combined view has real divergences to flag.
 */
import { allItems, checkValue, isItemVisible } from '../questionnaire/access';
import type { Item, Questionnaire } from '../questionnaire/types';
import type { Answer, Answers, RespondentRole, Response } from '../records';
import { DONT_KNOW_NOTES, GENERIC_NOTES, NOT_APPLICABLE_NOTES, NOTES } from './notes';
import type { Random } from './random';
import { clamp, shiftValue, valueFor } from './values';

const ITEM_NOISE = 0.13;
const NOTE_SHARE = 0.15;
const DONT_KNOW_SHARE = 0.03;
const NOT_APPLICABLE_SHARE = 0.015;
const ECHO_SHIFT_SHARE = 0.06;

type Draft = Omit<Answer, 'at'>;

export interface RespondentPlan {
  /** The agency's latent level for a dimension, in [0, 1]. */
  level: (dimensionId: string) => number;
  /** The first respondent's answers, when this one echoes them. */
  echo?: { answers: Answers; role: RespondentRole; divergent: ReadonlySet<string> };
  /** Time of the n-th answer given. */
  at: (n: number) => string;
}

/** Which way a role tends to lean on a dimension: leaders see more, service staff less. */
function lean(role: RespondentRole, dimensionId: string): -1 | 0 | 1 {
  if (role === 'leadership') return 1;
  if (role === 'itUnit') {
    if (dimensionId === 'infrastructure-security' || dimensionId === 'interoperability') return 1;
    return dimensionId === 'leadership' ? -1 : 0;
  }
  if (role === 'serviceStaff') {
    return ['e-services', 'user-centricity', 'transparency-participation'].includes(dimensionId)
      ? -1
      : 0;
  }
  return 0;
}

function checked(item: Item, value: number | string): Response {
  const result = checkValue(item, value);
  if (!result.ok) throw new Error(`demo value ${String(value)} for ${item.id}: ${result.code}`);
  return { kind: 'value', value: result.value };
}

function withNote(draft: Draft, note: string | undefined): Draft {
  return note === undefined ? draft : { ...draft, note };
}

function fresh(item: Item, dimensionId: string, level: number, random: Random): Draft | null {
  const pool = NOTES[dimensionId] ?? GENERIC_NOTES;
  const s = clamp(level + random.normal(ITEM_NOISE), 0, 1);
  const note = random.pick(s >= 0.5 ? pool.high : pool.low);
  if (item.type === 'text') {
    return random.chance(0.5) ? { response: checked(item, valueFor(item, s, random, note)) } : null;
  }
  if (item.allowDontKnow && random.chance(DONT_KNOW_SHARE)) {
    return withNote(
      { response: { kind: 'dk' } },
      random.chance(0.5) ? random.pick(DONT_KNOW_NOTES) : undefined,
    );
  }
  if (item.allowNotApplicable && random.chance(NOT_APPLICABLE_SHARE)) {
    const why = random.chance(0.6) ? random.pick(NOT_APPLICABLE_NOTES) : undefined;
    return withNote({ response: { kind: 'na' } }, why);
  }
  const response = checked(item, valueFor(item, s, random, note));
  return withNote({ response }, random.chance(NOTE_SHARE) ? note : undefined);
}

function echoed(
  item: Item,
  dimensionId: string,
  first: Answer,
  role: RespondentRole,
  divergent: boolean,
  random: Random,
): Draft {
  // Service staff often cannot say how backups or security are run.
  if (
    role === 'serviceStaff' &&
    dimensionId === 'infrastructure-security' &&
    item.allowDontKnow &&
    random.chance(0.35)
  ) {
    return { response: { kind: 'dk' } };
  }
  const response = first.response;
  if (response?.kind !== 'value') return response ? { response } : {};
  const direction = lean(role, dimensionId) || (random.chance(0.5) ? 1 : -1);
  let value = response.value;
  if (divergent) {
    value = shiftValue(item, response.value, 2 * direction);
    if (value === response.value) value = shiftValue(item, response.value, -2 * direction);
  } else if (random.chance(ECHO_SHIFT_SHARE)) {
    value = shiftValue(item, response.value, direction);
  }
  return { response: checked(item, value) };
}

/** Answers to the visible items only, in questionnaire order, as show-if opens them. */
export function respondentAnswers(q: Questionnaire, plan: RespondentPlan, random: Random): Answers {
  const out: Answers = {};
  let n = 0;
  for (const { item, dimension } of allItems(q)) {
    if (!isItemVisible(q, item, out)) continue;
    const first = plan.echo?.answers[item.id];
    const draft =
      plan.echo && first
        ? echoed(
            item,
            dimension.id,
            first,
            plan.echo.role,
            plan.echo.divergent.has(item.id),
            random,
          )
        : fresh(item, dimension.id, plan.level(dimension.id), random);
    if (draft && (draft.response || draft.note)) out[item.id] = { ...draft, at: plan.at(n++) };
  }
  return out;
}

/** A few level items, drawn at random, where an echoing respondent differs by two levels. */
export function pickDivergent(q: Questionnaire, random: Random, count: number): Set<string> {
  const levels = allItems(q).flatMap(({ item }) => (item.type === 'level' ? [item.id] : []));
  const chosen = new Set<string>();
  while (chosen.size < Math.min(count, levels.length)) chosen.add(random.pick(levels));
  return chosen;
}
