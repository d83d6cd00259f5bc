import type { QuestionnaireRef } from '../domain/questionnaire/types';
import type { Round } from '../domain/records';
import { type Clock, systemClock } from './clock';
import { db, type StoredQuestionnaire } from './db';
import { RepositoryError } from './errors';
import { writeTransaction } from './transaction';
import { invalid, isIsoDate, isTarget, requireText } from './validate';

export interface NewRound {
  name: string;
  period: { start: string; end: string };
  questionnaires: QuestionnaireRef[];
  targets?: Round['targets'];
}

export async function addRound(input: NewRound, now: Clock = systemClock): Promise<Round> {
  const name = requireText(input.name, 'name', 1, 200);
  const period = checkPeriod(input.period);
  const refs = checkRefs(input.questionnaires);
  const targets = input.targets ?? {};
  for (const [questionnaireId, perDimension] of Object.entries(targets)) {
    checkTargets(questionnaireId, perDimension);
  }

  return writeTransaction([db.rounds, db.questionnaires], async () => {
    const stored = await Promise.all(refs.map((ref) => requireQuestionnaire(ref)));
    for (const [questionnaireId, perDimension] of Object.entries(targets)) {
      const questionnaire = stored.find((q) => q.id === questionnaireId);
      if (!questionnaire) throw invalid('targets', `${questionnaireId} is not used by this round`);
      checkDimensions(questionnaire, perDimension);
    }
    const at = now();
    const round: Round = {
      id: crypto.randomUUID(),
      name,
      period,
      questionnaires: refs,
      targets,
      createdAt: at,
      updatedAt: at,
    };
    await db.rounds.add(round);
    return round;
  });
}

/** Replaces the targets of one questionnaire in a round, dimension id → share in [0, 1]. */
export async function setRoundTargets(
  roundId: string,
  questionnaireId: string,
  targets: Record<string, number>,
  now: Clock = systemClock,
): Promise<Round> {
  checkTargets(questionnaireId, targets);
  return writeTransaction([db.rounds, db.questionnaires], async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new RepositoryError('notFound', `round ${roundId} does not exist`);
    const ref = round.questionnaires.find((q) => q.id === questionnaireId);
    if (!ref) throw invalid('questionnaireId', `${questionnaireId} is not used by this round`);
    checkDimensions(await requireQuestionnaire(ref), targets);
    const updated: Round = {
      ...round,
      targets: { ...round.targets, [questionnaireId]: { ...targets } },
      updatedAt: now(),
    };
    await db.rounds.put(updated);
    return updated;
  });
}

/** Newest period first; rounds that start together, the most recently created first. */
export async function listRounds(): Promise<Round[]> {
  const rounds = await db.rounds.toArray();
  return rounds.sort(
    (a, b) =>
      b.period.start.localeCompare(a.period.start) || b.createdAt.localeCompare(a.createdAt),
  );
}

function checkPeriod(period: NewRound['period'] | undefined): Round['period'] {
  if (!isIsoDate(period?.start)) throw invalid('period.start', 'must be a date yyyy-mm-dd');
  if (!isIsoDate(period.end)) throw invalid('period.end', 'must be a date yyyy-mm-dd');
  // yyyy-mm-dd strings sort like the dates they name.
  if (period.start > period.end) throw invalid('period', 'must not end before it starts');
  return { start: period.start, end: period.end };
}

function checkRefs(refs: QuestionnaireRef[] | undefined): QuestionnaireRef[] {
  if (!Array.isArray(refs) || refs.length === 0) {
    throw invalid('questionnaires', 'choose at least one questionnaire');
  }
  const seen = new Set<string>();
  return refs.map((ref, index) => {
    const id = requireText(ref.id, `questionnaires[${index}].id`, 1, 64);
    const version = requireText(ref.version, `questionnaires[${index}].version`, 1, 64);
    // Targets and results are keyed by questionnaire id, so one version per round.
    if (seen.has(id)) throw invalid(`questionnaires[${index}]`, `${id} is listed twice`);
    seen.add(id);
    return { id, version };
  });
}

function checkTargets(questionnaireId: string, targets: unknown): void {
  if (typeof targets !== 'object' || targets === null) {
    throw invalid(`targets.${questionnaireId}`, 'must map dimension ids to numbers');
  }
  for (const [dimensionId, value] of Object.entries(targets)) {
    if (!isTarget(value)) {
      throw invalid(`targets.${questionnaireId}.${dimensionId}`, 'must be between 0 and 1');
    }
  }
}

function checkDimensions(questionnaire: StoredQuestionnaire, targets: object): void {
  const known = new Set(questionnaire.content.dimensions.map((d) => d.id));
  for (const dimensionId of Object.keys(targets)) {
    if (!known.has(dimensionId)) {
      throw invalid(
        `targets.${questionnaire.id}.${dimensionId}`,
        `${questionnaire.id} ${questionnaire.version} has no such dimension`,
      );
    }
  }
}

async function requireQuestionnaire(ref: QuestionnaireRef): Promise<StoredQuestionnaire> {
  const stored = await db.questionnaires.get([ref.id, ref.version]);
  if (!stored) {
    throw new RepositoryError(
      'notFound',
      `questionnaire ${ref.id} ${ref.version} is not stored`,
      'questionnaires',
    );
  }
  return stored;
}
