/**
 * Modules of a round: adding one to a round, starting (or resuming) a respondent's module
 * assessment without ever making a second one, and reading what a respondent has given on
 * each questionnaire of the round. The figures come from the domain (`questionnaireEntries`).
 */
import type { Questionnaire, QuestionnaireRef } from '../domain/questionnaire/types';
import type { Assessment, Round } from '../domain/records';
import {
  findOwnAssessment,
  isCore,
  questionnaireEntries,
  roundModules,
  type QuestionnaireEntry,
} from '../domain/round/modules';
import { startAssessment, type NewAssessment } from './assessments';
import { type Clock, systemClock } from './clock';
import { db, type StoredQuestionnaire } from './db';
import { RepositoryError } from './errors';
import { writeTransaction } from './transaction';
import { invalid, isTarget } from './validate';

export interface RoundQuestionnaire {
  ref: QuestionnaireRef;
  core: boolean;
  /** undefined when the questionnaire is not stored on this device. */
  stored: StoredQuestionnaire | undefined;
}

/** The round's questionnaires, core first, as stored; null when the round does not exist. */
export async function listRoundQuestionnaires(
  roundId: string,
): Promise<RoundQuestionnaire[] | null> {
  return db.transaction('r', [db.rounds, db.questionnaires], async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return null;
    const stored = await db.questionnaires.bulkGet(
      round.questionnaires.map((ref) => [ref.id, ref.version] as [string, string]),
    );
    return round.questionnaires.map((ref, index) => ({
      ref,
      core: index === 0,
      stored: stored[index],
    }));
  });
}

/**
 * The respondent's assessment on that questionnaire of the round if there is one, else a
 * new draft: one assessment per agency, round, respondent and questionnaire, even when the
 * offer is clicked twice or in two tabs (one transaction reads and writes).
 */
export async function findOrStartAssessment(
  input: NewAssessment,
  now: Clock = systemClock,
): Promise<{ assessment: Assessment; created: boolean }> {
  return writeTransaction([db.assessments, db.agencies, db.rounds], async () => {
    const existing = findOwnAssessment(
      await db.assessments
        .where('[agencyId+roundId]')
        .equals([input.agencyId, input.roundId])
        .toArray(),
      input,
      input.questionnaire,
    );
    if (existing) return { assessment: existing, created: false };
    return { assessment: await startAssessment(input, now), created: true };
  });
}

/** Starts or resumes, for the respondent of `fromAssessmentId`, another questionnaire of its round. */
export async function startModuleAssessment(
  fromAssessmentId: string,
  ref: QuestionnaireRef,
  now: Clock = systemClock,
): Promise<{ assessment: Assessment; created: boolean }> {
  return writeTransaction([db.assessments, db.agencies, db.rounds], async () => {
    const from = await db.assessments.get(fromAssessmentId);
    if (!from)
      throw new RepositoryError('notFound', `assessment ${fromAssessmentId} does not exist`);
    return findOrStartAssessment(
      {
        agencyId: from.agencyId,
        roundId: from.roundId,
        questionnaire: ref,
        respondent: from.respondent,
      },
      now,
    );
  });
}

/**
 * Adds a stored module questionnaire to a round, after its core and earlier modules, with
 * `targets` (dimension id → [0, 1]) for it. Refused for a core questionnaire, one not
 * stored, or one the round already uses (in any version: results are keyed by id).
 */
export async function addRoundModule(
  roundId: string,
  ref: QuestionnaireRef,
  targets: Record<string, number> = {},
  now: Clock = systemClock,
): Promise<Round> {
  for (const [dimensionId, value] of Object.entries(targets)) {
    if (!isTarget(value)) throw invalid(`targets.${dimensionId}`, 'must be between 0 and 1');
  }
  return writeTransaction([db.rounds, db.questionnaires], async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new RepositoryError('notFound', `round ${roundId} does not exist`);
    const stored = await db.questionnaires.get([ref.id, ref.version]);
    if (!stored) {
      throw new RepositoryError('notFound', `questionnaire ${ref.id} ${ref.version} is not stored`);
    }
    if (stored.kind !== 'module') throw invalid('questionnaire', `${ref.id} is not a module`);
    if (round.questionnaires.some((q) => q.id === ref.id)) {
      throw invalid('questionnaire', `${ref.id} is already used by this round`);
    }
    const known = new Set(stored.content.dimensions.map((d) => d.id));
    const unknown = Object.keys(targets).find((id) => !known.has(id));
    if (unknown) throw invalid(`targets.${unknown}`, `${ref.id} has no such dimension`);
    const updated: Round = {
      ...round,
      questionnaires: [...round.questionnaires, { id: ref.id, version: ref.version }],
      targets: { ...round.targets, [ref.id]: { ...targets } },
      updatedAt: now(),
    };
    await db.rounds.put(updated);
    return updated;
  });
}

export interface AssessmentModules {
  /** Each questionnaire of the round, core first, with this respondent's assessment on it. */
  entries: QuestionnaireEntry[];
  /** True when the assessment read is on the round's core questionnaire. */
  onCore: boolean;
}

/** null when the assessment or its round does not exist. */
export async function loadAssessmentModules(
  assessmentId: string,
): Promise<AssessmentModules | null> {
  return db.transaction('r', [db.assessments, db.rounds, db.questionnaires], async () => {
    const assessment = await db.assessments.get(assessmentId);
    const round = assessment && (await db.rounds.get(assessment.roundId));
    if (!assessment || !round) return null;
    const [stored, inRound] = await Promise.all([
      storedContents(round),
      db.assessments
        .where('[agencyId+roundId]')
        .equals([assessment.agencyId, assessment.roundId])
        .toArray(),
    ]);
    return {
      entries: questionnaireEntries(round, stored, inRound, assessment),
      onCore: isCore(round, assessment.questionnaire),
    };
  });
}

export interface ModuleOffer {
  ref: QuestionnaireRef;
  title: Questionnaire['title'];
}

/**
 * For the home page's list: per assessment of the person's own (not demo) on a round's core
 * questionnaire, the round's stored modules its respondent has not started yet; and per
 * module assessment, its title.
 */
export async function listModuleOffers(): Promise<{
  offers: Map<string, ModuleOffer[]>;
  moduleTitles: Map<string, Questionnaire['title']>;
}> {
  return db.transaction('r', [db.assessments, db.rounds, db.questionnaires], async () => {
    const [rounds, assessments] = await Promise.all([
      db.rounds.toArray(),
      db.assessments.toArray(),
    ]);
    const offers = new Map<string, ModuleOffer[]>();
    const moduleTitles = new Map<string, Questionnaire['title']>();
    const withModules = rounds.filter((r) => roundModules(r).length > 0);
    if (withModules.length === 0) return { offers, moduleTitles };
    const roundById = new Map(withModules.map((r) => [r.id, r]));
    const contents = new Map<string, Questionnaire>();
    for (const round of withModules) {
      for (const q of await storedContents(round)) contents.set(`${q.id}@${q.version}`, q);
    }
    for (const a of assessments) {
      const round = roundById.get(a.roundId);
      if (!round) continue;
      if (!isCore(round, a.questionnaire)) {
        const title = contents.get(`${a.questionnaire.id}@${a.questionnaire.version}`)?.title;
        if (title) moduleTitles.set(a.id, title);
        continue;
      }
      // Demo assessments fill the list by the dozen; their results pages offer the modules.
      if (a.demo) continue;
      const open = roundModules(round).flatMap((ref) => {
        const content = contents.get(`${ref.id}@${ref.version}`);
        if (!content || findOwnAssessment(assessments, a, ref)) return [];
        return [{ ref, title: content.title }];
      });
      if (open.length > 0) offers.set(a.id, open);
    }
    return { offers, moduleTitles };
  });
}

async function storedContents(round: Round): Promise<Questionnaire[]> {
  const stored = await db.questionnaires.bulkGet(
    round.questionnaires.map((ref) => [ref.id, ref.version] as [string, string]),
  );
  return stored.flatMap((s) => (s ? [s.content] : []));
}
