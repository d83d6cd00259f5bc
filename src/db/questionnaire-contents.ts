import type { Questionnaire, QuestionnaireRef } from '../domain/questionnaire/types';
import { db } from './db';

/**
 * What stored questionnaires hold, read once per open database. A stored id + version never
 * changes (see `storeQuestionnaire`), and reading one back costs as much as a whole
 * questionnaire (hundreds of kB), which the wizard would otherwise pay after every answer.
 */
const contents = new Map<string, Questionnaire>();
// Opened afresh (after the database was deleted, say), it may hold other questionnaires.
db.on('ready', () => contents.clear(), true);

/** The content of a stored questionnaire, from memory once read. */
export async function readQuestionnaire(ref: QuestionnaireRef): Promise<Questionnaire | undefined> {
  const key = JSON.stringify([ref.id, ref.version]);
  const known = contents.get(key);
  if (known) return known;
  const stored = await db.questionnaires.get([ref.id, ref.version]);
  if (stored) contents.set(key, stored.content);
  return stored?.content;
}
