/**
 * The default scoring method of DOMAIN "Scoring": dimension D = Σ wᵢsᵢ / Σ wᵢ over the
 * visible answered items, overall = Σ W_d·D_d / Σ W_d over dimensions that have a score.
 */
import type { Answers } from '../records';
import type { Dimension, Item, Questionnaire } from '../questionnaire/types';
import { band, stage, type Band, type Stage } from './bands';
import { gapToTarget } from './gap';
import { itemScore } from './item-score';

/** Counts of scored (non-text) items; visible = answered + notApplicable + dontKnow + unanswered. */
export interface ItemCounts {
  visible: number;
  /** Visible items whose answer gives a score. */
  answered: number;
  notApplicable: number;
  dontKnow: number;
  /** No answer, or a stored value the item cannot take. */
  unanswered: number;
  /** Hidden by show-if; left out of everything, even when an answer is stored. */
  hidden: number;
  /** Visible free-text items: kept with the answers, never scored or counted above. */
  textItems: number;
}

export interface DimensionScore {
  dimensionId: string;
  weight: number;
  /** null when no visible item has a scored answer. */
  score: number | null;
  items: ItemCounts;
  answeredWeight: number;
  visibleWeight: number;
  /**
   * answeredWeight / visibleWeight: the share of the dimension's weight the score rests on.
   * N/A and don't know both lower it, as DOMAIN asks ("the answered weight shrinks and
   * completeness shows it"): an agency that marks half its items N/A has a score built on
   * half the evidence, and the reader should see that. 0 when nothing is visible.
   */
  completeness: number;
  /** (answered + N/A + don't know) / visible, for the wizard; 1 when nothing is visible. */
  progress: number;
  band: Band | null;
  stage: Stage | null;
  /** Present when a target is set for this dimension. */
  target?: number;
  /** Present when a target is set and the dimension has a score. */
  gap?: number;
  attainment?: number;
  priority?: number;
}

export interface OverallScore {
  score: number | null;
  band: Band | null;
  stage: Stage | null;
  /** Σ W_d · completeness_d / Σ W_d over all dimensions. */
  completeness: number;
  /** Over all visible scored items of the questionnaire; 1 when none is visible. */
  progress: number;
}

export interface AssessmentScore {
  dimensions: DimensionScore[];
  overall: OverallScore;
}

/**
 * Scoring's own show-if rule, kept here so scores never depend on screen code: an item with
 * `showIf` is visible when the item it names is itself visible and that item's stored
 * response is a value strictly equal to one listed in `showIf.in`. Results are memoised for
 * one set of answers; a show-if cycle (rejected when a file is parsed) reads as hidden.
 */
export function visibilityOf(q: Questionnaire, answers: Answers): (item: Item) => boolean {
  const byId = new Map<string, Item>();
  for (const d of q.dimensions) for (const i of d.items) byId.set(i.id, i);
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();

  const isVisible = (item: Item): boolean => {
    const { showIf } = item;
    if (!showIf) return true;
    const known = memo.get(item.id);
    if (known !== undefined) return known;
    if (visiting.has(item.id)) return false;
    visiting.add(item.id);
    const source = byId.get(showIf.item);
    const response = answers[showIf.item]?.response;
    const visible =
      source !== undefined &&
      isVisible(source) &&
      response?.kind === 'value' &&
      showIf.in.some((v) => v === response.value);
    visiting.delete(item.id);
    memo.set(item.id, visible);
    return visible;
  };
  return isVisible;
}

/**
 * What one item contributes, decided outside the dimension arithmetic so that a single
 * assessment (`itemResults`) and several respondents combined (statistics/respondents)
 * share it. `score` must lie in [0, 1]. `hidden` means show-if hides the item: it is left
 * out of everything. For free-text items only `hidden` versus anything else matters.
 */
export type ItemResult =
  | { kind: 'score'; score: number }
  | { kind: 'na' }
  | { kind: 'dk' }
  | { kind: 'unanswered' }
  | { kind: 'hidden' };

/** One set of answers read item by item; a stored value the item cannot take is unanswered. */
export function itemResults(q: Questionnaire, answers: Answers): (item: Item) => ItemResult {
  const isVisible = visibilityOf(q, answers);
  return (item) => {
    if (!isVisible(item)) return { kind: 'hidden' };
    const response = answers[item.id]?.response;
    const score = itemScore(item, response);
    if (score !== null) return { kind: 'score', score };
    if (response?.kind === 'na' || response?.kind === 'dk') return { kind: response.kind };
    return { kind: 'unanswered' };
  };
}

function scoreDimension(
  d: Dimension,
  itemResult: (item: Item) => ItemResult,
  target: number | undefined,
): DimensionScore {
  const items: ItemCounts = {
    visible: 0,
    answered: 0,
    notApplicable: 0,
    dontKnow: 0,
    unanswered: 0,
    hidden: 0,
    textItems: 0,
  };
  let visibleWeight = 0;
  let answeredWeight = 0;
  let weightedSum = 0;

  for (const item of d.items) {
    const result = itemResult(item);
    if (item.type === 'text') {
      if (result.kind !== 'hidden') items.textItems++;
      continue;
    }
    if (result.kind === 'hidden') {
      items.hidden++;
      continue;
    }
    items.visible++;
    visibleWeight += item.weight;
    if (result.kind === 'score') {
      items.answered++;
      answeredWeight += item.weight;
      weightedSum += item.weight * result.score;
    } else if (result.kind === 'na') items.notApplicable++;
    else if (result.kind === 'dk') items.dontKnow++;
    else items.unanswered++;
  }

  const score = answeredWeight > 0 ? weightedSum / answeredWeight : null;
  const settled = items.answered + items.notApplicable + items.dontKnow;
  const result: DimensionScore = {
    dimensionId: d.id,
    weight: d.weight,
    score,
    items,
    answeredWeight,
    visibleWeight,
    completeness: visibleWeight > 0 ? answeredWeight / visibleWeight : 0,
    progress: items.visible > 0 ? settled / items.visible : 1,
    band: score === null ? null : band(score),
    stage: score === null ? null : stage(score),
  };
  if (target !== undefined) {
    result.target = target;
    if (score !== null) Object.assign(result, gapToTarget(score, target, d.weight));
  }
  return result;
}

/** `targets` are per dimension id, in [0, 1] (a round's targets for this questionnaire). */
export function scoreAssessment(
  q: Questionnaire,
  answers: Answers,
  targets?: Record<string, number>,
): AssessmentScore {
  return scoreFromItems(q, itemResults(q, answers), targets);
}

/**
 * Dimension and overall scores from per-item results given by the caller. `itemResult` is
 * called once per item in questionnaire order; `targets` as for `scoreAssessment`.
 */
export function scoreFromItems(
  q: Questionnaire,
  itemResult: (item: Item) => ItemResult,
  targets?: Record<string, number>,
): AssessmentScore {
  const dimensions = q.dimensions.map((d) => scoreDimension(d, itemResult, targets?.[d.id]));

  let scoredWeight = 0;
  let weightedSum = 0;
  let totalWeight = 0;
  let weightedCompleteness = 0;
  let visible = 0;
  let settled = 0;
  for (const d of dimensions) {
    totalWeight += d.weight;
    weightedCompleteness += d.weight * d.completeness;
    visible += d.items.visible;
    settled += d.items.answered + d.items.notApplicable + d.items.dontKnow;
    if (d.score === null) continue;
    scoredWeight += d.weight;
    weightedSum += d.weight * d.score;
  }

  const score = scoredWeight > 0 ? weightedSum / scoredWeight : null;
  return {
    dimensions,
    overall: {
      score,
      band: score === null ? null : band(score),
      stage: score === null ? null : stage(score),
      completeness: totalWeight > 0 ? weightedCompleteness / totalWeight : 0,
      progress: visible > 0 ? settled / visible : 1,
    },
  };
}
