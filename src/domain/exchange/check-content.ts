/**
 * Rules that span records, run once every record has its shape: embedded questionnaires
 * parse, ids are unique, every reference leads somewhere (in the file or already on the
 * device), and every answer belongs to an item of its questionnaire and fits its rule.
 */
import type { z } from 'zod';
import type { Problem, ProblemPath } from '../problems';
import { parseQuestionnaire } from '../questionnaire/parse';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/types';
import { checkAnswers } from './check-answers';
import { checkActions, checkOwnerRefs } from './check-actions';
import { checkAgencyCycles, checkRound, duplicate } from './check-records';
import { questionnaireRef } from './format';
import type { ExchangeContent, rawContent } from './format';
import { exchangeProblem, withPrefix } from './problem';

/** What the device already holds, so a file may refer to it without carrying it. */
export interface KnownRecords {
  /** With `content`, answers to a known questionnaire are checked against its items too. */
  knownQuestionnaires?: readonly (QuestionnaireRef & { content?: Questionnaire })[];
  knownAgencyIds?: readonly string[];
  knownRoundIds?: readonly string[];
}

const refKey = (ref: QuestionnaireRef) => `${ref.id}@${ref.version}`;
const refName = (ref: QuestionnaireRef) => `${ref.id} ${ref.version}`;

// Files gathered from many agencies embed the same questionnaire: each text is parsed once.
// The parsed questionnaire is shared between results, as questionnaires are never changed.
const parsedQuestionnaires = new Map<string, Questionnaire>();
const CACHED_QUESTIONNAIRES = 8;

function parseEmbedded(input: unknown, canonical: string | undefined) {
  const cached = canonical === undefined ? undefined : parsedQuestionnaires.get(canonical);
  if (cached) return { ok: true, value: cached } as const;
  const parsed = parseQuestionnaire(input);
  if (parsed.ok && canonical !== undefined) {
    if (parsedQuestionnaires.size >= CACHED_QUESTIONNAIRES) {
      const oldest = parsedQuestionnaires.keys().next();
      if (!oldest.done) parsedQuestionnaires.delete(oldest.value);
    }
    parsedQuestionnaires.set(canonical, parsed.value);
  }
  return parsed;
}

/** `canonical`: the canonical JSON of each embedded questionnaire, when already at hand. */
export function checkContent(
  raw: z.output<typeof rawContent>,
  known: KnownRecords,
  canonical: readonly string[] = [],
): { ok: true; value: ExchangeContent } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const questionnaires: Questionnaire[] = [];
  const embedded = new Map<string, Questionnaire>();
  // Embedded but invalid: already reported, so references to them are not reported again.
  const broken = new Set<string>();
  raw.questionnaires.forEach((input, index) => {
    const parsed = parseEmbedded(input, canonical[index]);
    if (!parsed.ok) {
      problems.push(...withPrefix(['questionnaires', index], parsed.problems));
      const ref = questionnaireRef.safeParse(pickRef(input));
      if (ref.success) broken.add(refKey(ref.data));
      return;
    }
    const key = refKey(parsed.value);
    if (embedded.has(key))
      problems.push(duplicate(['questionnaires', index], 'questionnaire', key));
    embedded.set(key, parsed.value);
    questionnaires.push(parsed.value);
  });

  const actions = raw.actions ?? [];
  for (const [field, kind, list] of [
    ['agencies', 'agency', raw.agencies],
    ['rounds', 'round', raw.rounds],
    ['assessments', 'assessment', raw.assessments],
    ['actions', 'action', actions],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((record, index) => {
      if (seen.has(record.id)) problems.push(duplicate([field, index], kind, record.id));
      seen.add(record.id);
    });
  }
  problems.push(...checkAgencyCycles(raw.agencies));

  const knownRefs = new Map(
    (known.knownQuestionnaires ?? []).map((q) => [refKey(q), q.content] as const),
  );
  const hasQuestionnaire = (ref: QuestionnaireRef) =>
    embedded.has(refKey(ref)) || knownRefs.has(refKey(ref)) || broken.has(refKey(ref));
  const missing = (path: ProblemPath, ref: QuestionnaireRef) =>
    exchangeProblem(
      path,
      'missingQuestionnaire',
      { questionnaire: refName(ref) },
      `questionnaire ${refName(ref)} is neither in the file nor on this device; ask the sender for a file that includes it`,
    );

  const contentOf = (ref: QuestionnaireRef) =>
    embedded.get(refKey(ref)) ?? knownRefs.get(refKey(ref));
  raw.rounds.forEach((round, index) => {
    round.questionnaires.forEach((ref, refIndex) => {
      if (!hasQuestionnaire(ref)) {
        problems.push(missing(['rounds', index, 'questionnaires', refIndex], ref));
      }
    });
    problems.push(...checkRound(round, index, contentOf));
  });

  const agencyIds = new Set([...raw.agencies.map((a) => a.id), ...(known.knownAgencyIds ?? [])]);
  const roundIds = new Set([...raw.rounds.map((r) => r.id), ...(known.knownRoundIds ?? [])]);
  raw.assessments.forEach((assessment, index) => {
    const at: ProblemPath = ['assessments', index];
    problems.push(...checkOwnerRefs(assessment, at, agencyIds, roundIds));
    const ref = assessment.questionnaire;
    if (!hasQuestionnaire(ref)) {
      problems.push(missing([...at, 'questionnaire'], ref));
      return;
    }
    // A known questionnaire given without its content cannot be checked item by item.
    const questionnaire = contentOf(ref);
    if (!questionnaire) return;
    problems.push(...checkAnswers(questionnaire, assessment.answers, [...at, 'answers']));
    assessment.history.forEach((version, versionIndex) => {
      const path = [...at, 'history', versionIndex, 'answers'];
      problems.push(...checkAnswers(questionnaire, version.answers, path));
    });
  });

  const dimensionsOf = (questionnaireId: string) => [
    ...[...embedded.values()].filter((q) => q.id === questionnaireId),
    ...(known.knownQuestionnaires ?? []).flatMap((q) =>
      q.id === questionnaireId && q.content ? [q.content] : [],
    ),
  ];
  problems.push(...checkActions(actions, agencyIds, roundIds, dimensionsOf));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...raw, questionnaires } };
}

function pickRef(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  return {
    id: 'id' in input ? input.id : undefined,
    version: 'version' in input ? input.version : undefined,
  };
}
