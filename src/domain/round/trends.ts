/**
 * Change between two rounds per agency. When the rounds used different questionnaire
 * versions, both are scored on the items they share only, so a question added, dropped or
 * replaced (a replaced question gets a new id) cannot pass for progress or decline.
 */
import { allItems } from '../questionnaire/access';
import type { Item, Questionnaire } from '../questionnaire/types';
import type { Answers } from '../records';
import { roundScore } from '../scoring/bands';
import { visibilityOf, type AssessmentScore } from '../scoring/score';
import { combineRespondents } from '../statistics/respondents';
import { compareAgencyNames, coreAssessmentsByAgency } from './round-view';
import type { AgencyTrend, RoundInput, TrendView } from './types';

type Change = AgencyTrend['overall'];

function scoredItemIds(q: Questionnaire): string[] {
  return allItems(q).flatMap(({ item }) => (item.type === 'text' ? [] : [item.id]));
}

/** A show-if of a shared item that names an item not shared, which the restriction drops. */
const dangling = (item: Item, shared: ReadonlySet<string>) =>
  item.showIf !== undefined && !shared.has(item.showIf.item);

/**
 * `q` with only the `shared` items, and dimensions that keep none dropped. A show-if naming
 * an item that is not shared is dropped too; visibility is then settled beforehand on the
 * full questionnaire (`visibleAnswers`), so the answers left are those the person could see.
 */
export function restrictToItems(q: Questionnaire, shared: ReadonlySet<string>): Questionnaire {
  const dimensions = q.dimensions.flatMap((d) => {
    const items = d.items.flatMap((item) => {
      if (!shared.has(item.id)) return [];
      if (!dangling(item, shared)) return [item];
      const open = { ...item };
      delete open.showIf;
      return [open];
    });
    return items.length > 0 ? [{ ...d, items }] : [];
  });
  return { ...q, dimensions };
}

/** The answers to items show-if leaves visible in `q`; stale answers to hidden items go. */
function visibleAnswers(q: Questionnaire, answers: Answers): Answers {
  const isVisible = visibilityOf(q, answers);
  const out: Answers = {};
  for (const { item } of allItems(q)) {
    const answer = answers[item.id];
    if (answer && isVisible(item)) out[item.id] = answer;
  }
  return out;
}

/** Each agency's submitted respondents combined, scored on the shared items only. */
function scoresOn(input: RoundInput, shared: ReadonlySet<string>): Map<string, AssessmentScore> {
  const q = input.questionnaire;
  const restricted = restrictToItems(q, shared);
  // Filtering costs a pass per respondent: only when a show-if was dropped.
  const filter = allItems(q).some(({ item }) => shared.has(item.id) && dangling(item, shared));
  const scores = new Map<string, AssessmentScore>();
  for (const [agencyId, assessments] of coreAssessmentsByAgency(input.round, input.assessments)) {
    const respondents = assessments
      .filter((a) => a.status === 'submitted')
      .map((a) => ({
        role: a.respondent.role,
        answers: filter ? visibleAnswers(q, a.answers) : a.answers,
      }));
    if (respondents.length === 0) continue;
    scores.set(agencyId, combineRespondents(restricted, respondents).score);
  }
  return scores;
}

function change(before: number | null, after: number | null): Change {
  return { before, after, change: before === null || after === null ? null : after - before };
}

/**
 * Each input's questionnaire must be its round's core questionnaire. Only agencies listed in
 * either input's `agencies` appear, as in the round view. Every dimension id of either
 * questionnaire has an entry per agency, null where a round has no score there.
 */
export function buildTrends(earlier: RoundInput, later: RoundInput): TrendView {
  const earlierIds = scoredItemIds(earlier.questionnaire);
  const laterIds = scoredItemIds(later.questionnaire);
  const inEarlier = new Set(earlierIds);
  const inLater = new Set(laterIds);
  const sharedItems = laterIds.filter((id) => inEarlier.has(id));
  const shared = new Set(sharedItems);

  const before = scoresOn(earlier, shared);
  const after = scoresOn(later, shared);
  const dimensionIds = [
    ...new Set(
      [...later.questionnaire.dimensions, ...earlier.questionnaire.dimensions].map((d) => d.id),
    ),
  ];
  const dimensionScore = (score: AssessmentScore, id: string): number | null =>
    score.dimensions.find((d) => d.dimensionId === id)?.score ?? null;

  const byId = new Map([...earlier.agencies, ...later.agencies].map((a) => [a.id, a]));
  const agencies: AgencyTrend[] = [];
  for (const [agencyId, a] of after) {
    const b = before.get(agencyId);
    if (!byId.has(agencyId) || !b || a.overall.score === null || b.overall.score === null) {
      continue;
    }
    const dimensions: AgencyTrend['dimensions'] = {};
    for (const id of dimensionIds)
      dimensions[id] = change(dimensionScore(b, id), dimensionScore(a, id));
    agencies.push({ agencyId, dimensions, overall: change(b.overall.score, a.overall.score) });
  }
  // Largest rise first; equal changes (after float noise is rounded off) by agency name.
  agencies.sort((x, y) => {
    const diff = roundScore((y.overall.change ?? 0) - (x.overall.change ?? 0));
    const ax = byId.get(x.agencyId);
    const ay = byId.get(y.agencyId);
    return diff || (ax && ay ? compareAgencyNames(ax, ay) : 0);
  });

  const sameQuestionnaire =
    earlier.questionnaire.id === later.questionnaire.id &&
    earlier.questionnaire.version === later.questionnaire.version;
  return {
    earlier: earlier.round,
    later: later.round,
    differentVersions: !sameQuestionnaire,
    sharedItems,
    onlyEarlier: earlierIds.filter((id) => !inLater.has(id)),
    onlyLater: laterIds.filter((id) => !inEarlier.has(id)),
    agencies,
  };
}
