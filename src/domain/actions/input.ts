/**
 * The action form's rules, as a pure function: the screen shows each field's problem in the
 * person's language (the keys are UI message keys), and the repository stores only what
 * passes the same check, so a value the form would refuse never reaches the database.
 */
import { ACTION_STATUSES, type ActionStatus } from '../records';

/** Longest "what": a few sentences; longer plans belong in a document the action names. */
export const MAX_ACTION_WHAT = 500;
/** Longest "who": a name, unit or role, as long as other names in the app. */
export const MAX_ACTION_WHO = 200;

export interface ActionInput {
  what: string;
  who: string;
  due: string;
  status: string;
}

export interface ActionValues {
  what: string;
  who: string;
  due: string;
  status: ActionStatus;
}

export type ActionField = keyof ActionInput;

export type ActionProblemKey =
  | 'actions.error.whatRequired'
  | 'actions.error.whatTooLong'
  | 'actions.error.whoRequired'
  | 'actions.error.whoTooLong'
  | 'actions.error.dueRequired'
  | 'actions.error.dueInvalid'
  | 'actions.error.statusInvalid';

export interface ActionProblem {
  key: ActionProblemKey;
  params: Record<string, number>;
}

export type ActionProblems = Partial<Record<ActionField, ActionProblem>>;

export type ActionCheck =
  { ok: true; value: ActionValues } | { ok: false; problems: ActionProblems };

/** Characters as a person counts them (code points), not UTF-16 units. */
const length = (text: string) => [...text].length;

/** A real calendar date written yyyy-mm-dd (not 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isActionStatus(value: unknown): value is ActionStatus {
  return (ACTION_STATUSES as readonly unknown[]).includes(value);
}

/** Trims the texts; every field's first problem, or the values to store. */
export function checkActionInput(input: ActionInput): ActionCheck {
  const what = input.what.trim();
  const who = input.who.trim();
  const due = input.due.trim();
  const problems: ActionProblems = {};
  if (what === '') problems.what = { key: 'actions.error.whatRequired', params: {} };
  else if (length(what) > MAX_ACTION_WHAT) {
    problems.what = { key: 'actions.error.whatTooLong', params: { max: MAX_ACTION_WHAT } };
  }
  if (who === '') problems.who = { key: 'actions.error.whoRequired', params: {} };
  else if (length(who) > MAX_ACTION_WHO) {
    problems.who = { key: 'actions.error.whoTooLong', params: { max: MAX_ACTION_WHO } };
  }
  if (due === '') problems.due = { key: 'actions.error.dueRequired', params: {} };
  else if (!isCalendarDate(due)) problems.due = { key: 'actions.error.dueInvalid', params: {} };
  const { status } = input;
  if (!isActionStatus(status)) problems.status = { key: 'actions.error.statusInvalid', params: {} };
  if (Object.keys(problems).length > 0 || !isActionStatus(status)) return { ok: false, problems };
  return { ok: true, value: { what, who, due, status } };
}
