/**
 * Action plans: each call one transaction. The input passes the same check as the form
 * (`checkActionInput`), and an action refers only to an agency, a round, one of the
 * round's questionnaires and a dimension of it that exist on this device.
 */
import { checkActionInput, type ActionInput } from '../domain/actions/input';
import type { Action } from '../domain/records';
import { type Clock, systemClock } from './clock';
import { db } from './db';
import { RepositoryError } from './errors';
import { writeTransaction } from './transaction';
import { invalid } from './validate';

export interface NewAction extends ActionInput {
  agencyId: string;
  roundId: string;
  questionnaireId: string;
  dimensionId: string;
}

function checked(input: ActionInput) {
  const result = checkActionInput(input);
  if (!result.ok) {
    const [field, problem] = Object.entries(result.problems)[0] ?? ['input', undefined];
    throw invalid(field, problem?.key ?? 'invalid');
  }
  return result.value;
}

export async function addAction(input: NewAction, now: Clock = systemClock): Promise<Action> {
  const values = checked(input);
  const tables = [db.actions, db.agencies, db.rounds, db.questionnaires];
  return writeTransaction(tables, async () => {
    const [agency, round] = await Promise.all([
      db.agencies.get(input.agencyId),
      db.rounds.get(input.roundId),
    ]);
    if (!agency) throw new RepositoryError('notFound', `no agency ${input.agencyId}`, 'agencyId');
    if (!round) throw new RepositoryError('notFound', `no round ${input.roundId}`, 'roundId');
    const ref = round.questionnaires.find((q) => q.id === input.questionnaireId);
    if (!ref) throw invalid('questionnaireId', `the round does not use ${input.questionnaireId}`);
    const stored = await db.questionnaires.get([ref.id, ref.version]);
    if (stored && !stored.content.dimensions.some((d) => d.id === input.dimensionId)) {
      throw invalid('dimensionId', `${ref.id} ${ref.version} has no ${input.dimensionId}`);
    }
    const at = now();
    const action: Action = {
      id: crypto.randomUUID(),
      agencyId: input.agencyId,
      roundId: input.roundId,
      questionnaireId: input.questionnaireId,
      dimensionId: input.dimensionId,
      ...values,
      createdAt: at,
      updatedAt: at,
      revision: 1,
    };
    await db.actions.add(action);
    return action;
  });
}

/** Changes what, who, due date or status; the revision grows by one. */
export async function updateAction(
  id: string,
  changes: Partial<ActionInput>,
  now: Clock = systemClock,
): Promise<Action> {
  return writeTransaction([db.actions], async () => {
    const stored = await db.actions.get(id);
    if (!stored) throw new RepositoryError('notFound', `no action ${id}`);
    const values = checked({ ...stored, ...changes });
    const updated: Action = {
      ...stored,
      ...values,
      updatedAt: now(),
      revision: stored.revision + 1,
    };
    await db.actions.put(updated);
    return updated;
  });
}

export async function deleteAction(id: string): Promise<void> {
  await writeTransaction([db.actions], async () => {
    if (!(await db.actions.get(id))) throw new RepositoryError('notFound', `no action ${id}`);
    await db.actions.delete(id);
  });
}

/** One agency's actions in one round, in no particular order (screens sort them). */
export async function listActions(agencyId: string, roundId: string): Promise<Action[]> {
  return db.actions.where({ agencyId, roundId }).toArray();
}
