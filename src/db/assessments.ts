import type { QuestionnaireRef } from '../domain/questionnaire/types';
import {
  RESPONDENT_ROLES,
  type Assessment,
  type Respondent,
  type SubmittedVersion,
} from '../domain/records';
import {
  type AnswerChange,
  type SaveResult,
  checkAnswerChanges,
  mergeAnswerChanges,
} from './answerChanges';
import { type Clock, systemClock } from './clock';
import { db } from './db';
import { RepositoryError } from './errors';
import { writeTransaction } from './transaction';
import { invalid, requireOneOf, requireText } from './validate';

export type { AnswerChange, AnswerConflict, SaveResult } from './answerChanges';

export interface NewAssessment {
  agencyId: string;
  roundId: string;
  questionnaire: QuestionnaireRef;
  respondent: Respondent;
}

export async function startAssessment(
  input: NewAssessment,
  now: Clock = systemClock,
): Promise<Assessment> {
  const respondent: Respondent = {
    name: requireText(input.respondent?.name, 'respondent.name', 1, 200),
    role: requireOneOf(input.respondent?.role, RESPONDENT_ROLES, 'respondent.role'),
  };
  return writeTransaction([db.assessments, db.agencies, db.rounds], async () => {
    if (!(await db.agencies.get(input.agencyId))) {
      throw new RepositoryError('notFound', `agency ${input.agencyId} does not exist`, 'agencyId');
    }
    const round = await db.rounds.get(input.roundId);
    if (!round) {
      throw new RepositoryError('notFound', `round ${input.roundId} does not exist`, 'roundId');
    }
    const ref = round.questionnaires.find(
      (q) => q.id === input.questionnaire?.id && q.version === input.questionnaire.version,
    );
    if (!ref) throw invalid('questionnaire', 'is not one of the round’s questionnaires');
    const at = now();
    const assessment: Assessment = {
      id: crypto.randomUUID(),
      agencyId: input.agencyId,
      roundId: input.roundId,
      questionnaire: { id: ref.id, version: ref.version },
      respondent,
      status: 'draft',
      answers: {},
      revision: 1,
      createdAt: at,
      updatedAt: at,
      history: [],
    };
    await db.assessments.add(assessment);
    return assessment;
  });
}

/**
 * Stores a batch of answer changes from one tab. The whole batch is checked first: one
 * malformed change rejects it all and nothing is written. Changes made on top of an answer
 * the tab never saw come back as conflicts (see `mergeAnswerChanges`).
 */
export async function saveAnswers(
  assessmentId: string,
  changes: AnswerChange[],
  now: Clock = systemClock,
): Promise<SaveResult> {
  const checked = checkAnswerChanges(changes);
  return writeTransaction([db.assessments], async () => {
    const assessment = await requireDraft(assessmentId);
    const { answers, applied, saved, conflicts } = mergeAnswerChanges(assessment.answers, checked);
    if (applied.length === 0) return { revision: assessment.revision, saved, conflicts };
    const revision = assessment.revision + 1;
    await db.assessments.put({ ...assessment, answers, revision, updatedAt: now() });
    return { revision, saved, conflicts };
  });
}

/** Makes the assessment read-only; it counts in results from now on. */
export async function submitAssessment(id: string, now: Clock = systemClock): Promise<Assessment> {
  return writeTransaction([db.assessments], async () => {
    const assessment = await requireDraft(id);
    const at = now();
    const submitted: Assessment = {
      ...assessment,
      status: 'submitted',
      submittedAt: at,
      revision: assessment.revision + 1,
      updatedAt: at,
    };
    await db.assessments.put(submitted);
    return submitted;
  });
}

/** Opens a submitted assessment for changes, keeping the submitted version in history. */
export async function reopenAssessment(id: string, now: Clock = systemClock): Promise<Assessment> {
  return writeTransaction([db.assessments], async () => {
    const assessment = await requireAssessment(id);
    if (assessment.status !== 'submitted' || assessment.submittedAt === undefined) {
      throw new RepositoryError('notSubmitted', `assessment ${id} is not submitted`);
    }
    const version: SubmittedVersion = {
      revision: assessment.revision,
      submittedAt: assessment.submittedAt,
      respondent: assessment.respondent,
      answers: assessment.answers,
    };
    const reopened: Assessment = {
      ...assessment,
      status: 'draft',
      history: [...assessment.history, version],
      revision: assessment.revision + 1,
      updatedAt: now(),
    };
    delete reopened.submittedAt;
    await db.assessments.put(reopened);
    return reopened;
  });
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  return db.assessments.get(id);
}

/** Most recently changed first. */
export async function listAssessments(): Promise<Assessment[]> {
  return db.assessments.orderBy('updatedAt').reverse().toArray();
}

async function requireAssessment(id: string): Promise<Assessment> {
  const assessment = await db.assessments.get(id);
  if (!assessment) throw new RepositoryError('notFound', `assessment ${id} does not exist`);
  return assessment;
}

async function requireDraft(id: string): Promise<Assessment> {
  const assessment = await requireAssessment(id);
  if (assessment.status === 'submitted') {
    throw new RepositoryError('submitted', `assessment ${id} is submitted and read-only`);
  }
  return assessment;
}
