/**
 * The records the app stores and exchanges. Field names are part of the stored and
 * exchanged data: once released they are never renamed (a new schema version migrates).
 * Ids are UUIDs so records made on many devices can be merged without clashes.
 */
import type { QuestionnaireRef } from './questionnaire/types';

export const AGENCY_KINDS = [
  'ministry',
  'stateCommittee',
  'agency',
  'localGovernment',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Agency {
  id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId?: string;
  createdAt: string;
  updatedAt: string;
  /** Set on synthetic demo records only, so they are labelled and removed without touching the person's own. */
  demo?: true;
}

export interface Round {
  id: string;
  name: string;
  /** ISO dates, yyyy-mm-dd. */
  period: { start: string; end: string };
  /** The core questionnaire first, then optional modules. */
  questionnaires: QuestionnaireRef[];
  /** Targets in [0, 1] per questionnaire id, then per dimension id. */
  targets: Record<string, Record<string, number>>;
  createdAt: string;
  updatedAt: string;
  /** Set on synthetic demo records only, so they are labelled and removed without touching the person's own. */
  demo?: true;
}

export const RESPONDENT_ROLES = ['leadership', 'itUnit', 'serviceStaff', 'other'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export interface Respondent {
  name: string;
  role: RespondentRole;
}

/**
 * A response is a value, or an explicit "not applicable" / "don't know", which are kept
 * apart from "not answered" (no response at all) and left out of scores.
 */
export type Response = { kind: 'value'; value: number | string } | { kind: 'na' } | { kind: 'dk' };

export interface Answer {
  response?: Response;
  /** Notes and evidence the respondent gives for this item. */
  note?: string;
  /** ISO time of the last change to this answer. */
  at: string;
}

export type Answers = Record<string, Answer>;

export type AssessmentStatus = 'draft' | 'submitted';

export interface SubmittedVersion {
  revision: number;
  submittedAt: string;
  respondent: Respondent;
  answers: Answers;
}

export interface Assessment {
  id: string;
  agencyId: string;
  roundId: string;
  questionnaire: QuestionnaireRef;
  respondent: Respondent;
  status: AssessmentStatus;
  answers: Answers;
  /** Grows by one with every stored change; used to merge copies from other devices. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  /** Earlier submitted versions, oldest first, kept when an assessment is reopened. */
  history: SubmittedVersion[];
  /** Set on synthetic demo records only, so they are labelled and removed without touching the person's own. */
  demo?: true;
}

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * One step an agency plans against a gap to target in one dimension of one round. Actions
 * travel in exchange files like assessments and are merged the same way, by `revision`.
 */
export interface Action {
  id: string;
  agencyId: string;
  roundId: string;
  questionnaireId: string;
  dimensionId: string;
  /** What will be done. */
  what: string;
  /** Who is responsible: a person, a unit or a role. */
  who: string;
  /** Due date, yyyy-mm-dd. */
  due: string;
  status: ActionStatus;
  createdAt: string;
  updatedAt: string;
  /** Grows by one with every stored change; used to merge copies from other devices. */
  revision: number;
  /** Set on synthetic demo records only, so they are labelled and removed without touching the person's own. */
  demo?: true;
}
