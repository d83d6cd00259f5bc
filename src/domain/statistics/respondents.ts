/**
 * One agency's score from several respondents (leadership, IT unit, service staff …), as
 * DOMAIN "Scoring" sets it: item score = mean of role means, and divergence between roles
 * = max role mean − min role mean, flagged at ≥ 0.25 (one level step). Like EU SELFIE,
 * the result is reported per role too, so a reader sees where groups agree or diverge.
 */
import type { Item, Questionnaire } from '../questionnaire/types';
import { RESPONDENT_ROLES, type Answers, type RespondentRole } from '../records';
import { roundScore } from '../scoring/bands';
import {
  itemResults,
  scoreAssessment,
  scoreFromItems,
  type AssessmentScore,
  type ItemResult,
} from '../scoring/score';

export interface RespondentAnswers {
  role: RespondentRole;
  answers: Answers;
}

/** One role's own scores, from that role's respondents combined. */
export interface RoleScores {
  role: RespondentRole;
  respondents: number;
  /** Per dimension id; null where the role gave no scored answer. */
  dimensions: Record<string, number | null>;
  overall: number | null;
}

export interface Divergence {
  itemId: string;
  dimensionId: string;
  /** Lowest and highest role mean, and max − min rounded to 9 decimals. */
  min: number;
  max: number;
  spread: number;
  /** The mean of each role that scored the item. */
  byRole: Partial<Record<RespondentRole, number>>;
}

export interface CombinedScore {
  score: AssessmentScore;
  /** Roles present, in `RESPONDENT_ROLES` order. */
  roleMeans: RoleScores[];
  /** Items whose role means differ by ≥ DIVERGENCE_THRESHOLD, in questionnaire order. */
  divergent: Divergence[];
}

/** One level step (1/4 of the range): DOMAIN's flag for roles that see an item differently. */
export const DIVERGENCE_THRESHOLD = 0.25;

/**
 * Several results for one item become one: the mean of the scores when any was given.
 * Otherwise, over the results where the item is visible: `na` when all are N/A, `dk` when
 * any is don't know (someone could not say, so the agency cannot either), else
 * `unanswered`. `hidden` only when show-if hides the item from every source: an item is
 * visible for the agency when it is visible for at least one respondent, because that
 * respondent's answers opened it and the agency's score should use what they say.
 * Applied within a role and then across roles, this gives the mean of role means, and the
 * N/A, don't-know and hidden rules come out the same as over all respondents at once.
 */
export function combineResults(results: readonly ItemResult[]): ItemResult {
  // One plain loop: this runs for every item, role and agency of a round (the round screen
  // budget is 100 ms for 300 agencies), and array helpers allocated on each call.
  const [only] = results;
  if (results.length === 1 && only) return only;
  let visible = 0;
  let scored = 0;
  let sum = 0;
  let allNa = true;
  let anyDk = false;
  for (const r of results) {
    if (r.kind === 'hidden') continue;
    visible += 1;
    if (r.kind === 'score') {
      scored += 1;
      sum += r.score;
    }
    if (r.kind !== 'na') allNa = false;
    if (r.kind === 'dk') anyDk = true;
  }
  if (scored > 0) return { kind: 'score', score: sum / scored };
  if (visible === 0) return { kind: 'hidden' };
  if (allNa) return { kind: 'na' };
  if (anyDk) return { kind: 'dk' };
  return { kind: 'unanswered' };
}

/** Respondents grouped by role, in `RESPONDENT_ROLES` order; roles without one left out. */
function byRole(
  q: Questionnaire,
  respondents: readonly RespondentAnswers[],
): { role: RespondentRole; respondents: number; results: ((item: Item) => ItemResult)[] }[] {
  return RESPONDENT_ROLES.flatMap((role) => {
    const mine = respondents.filter((r) => r.role === role);
    if (mine.length === 0) return [];
    return [
      { role, respondents: mine.length, results: mine.map((r) => itemResults(q, r.answers)) },
    ];
  });
}

/**
 * With no respondents the agency scores as one empty set of answers: every item without
 * show-if unanswered, no role means, no divergence.
 */
export function combineRespondents(
  q: Questionnaire,
  respondents: readonly RespondentAnswers[],
  targets?: Record<string, number>,
): CombinedScore {
  // Most agencies have one respondent: the same result at half the work (no role pass).
  const [only] = respondents;
  if (respondents.length === 1 && only) {
    const score = scoreAssessment(q, only.answers, targets);
    const dimensions: Record<string, number | null> = {};
    for (const dim of score.dimensions) dimensions[dim.dimensionId] = dim.score;
    const roleMeans = [
      { role: only.role, respondents: 1, dimensions, overall: score.overall.score },
    ];
    return { score, roleMeans, divergent: [] };
  }
  const roles = byRole(q, respondents);
  const roleResult = new Map<RespondentRole, Map<string, ItemResult>>();
  const agencyResult = new Map<string, ItemResult>();
  const divergent: Divergence[] = [];
  const empty = itemResults(q, {});

  for (const d of q.dimensions) {
    for (const item of d.items) {
      const perRole = roles.map(({ role, results }) => {
        const result = combineResults(results.map((resultOf) => resultOf(item)));
        const map = roleResult.get(role) ?? new Map<string, ItemResult>();
        roleResult.set(role, map.set(item.id, result));
        return { role, result };
      });
      agencyResult.set(
        item.id,
        roles.length > 0 ? combineResults(perRole.map((r) => r.result)) : empty(item),
      );
      // Divergence needs two roles with a score.
      if (item.type === 'text' || roles.length < 2) continue;
      const means: Partial<Record<RespondentRole, number>> = {};
      for (const { role, result } of perRole)
        if (result.kind === 'score') means[role] = result.score;
      const values = Object.values(means);
      if (values.length < 2) continue;
      const min = Math.min(...values);
      const max = Math.max(...values);
      const spread = roundScore(max - min);
      if (spread >= DIVERGENCE_THRESHOLD) {
        divergent.push({ itemId: item.id, dimensionId: d.id, min, max, spread, byRole: means });
      }
    }
  }

  const lookup =
    (map: Map<string, ItemResult> | undefined) =>
    (item: Item): ItemResult =>
      map?.get(item.id) ?? { kind: 'hidden' };

  const roleMeans = roles.map(({ role, respondents: count }): RoleScores => {
    const score = scoreFromItems(q, lookup(roleResult.get(role)));
    const dimensions: Record<string, number | null> = {};
    for (const dim of score.dimensions) dimensions[dim.dimensionId] = dim.score;
    return { role, respondents: count, dimensions, overall: score.overall.score };
  });

  return { score: scoreFromItems(q, lookup(agencyResult), targets), roleMeans, divergent };
}
