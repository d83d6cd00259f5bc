/**
 * The one Dexie instance: every table, its typing and every schema version live here.
 *
 * A released `version(n)` is never edited: stored data on people's devices was written by
 * it. A change to the schema is a new `version(n + 1)` appended below, with an `upgrade`
 * function that moves the old records over, and a test that starts from the old shape.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Questionnaire, QuestionnaireRef } from '../domain/questionnaire/types';
import type { Action, Agency, Assessment, Round } from '../domain/records';

export type QuestionnaireSource = 'shipped' | 'user';

export interface StoredQuestionnaire extends QuestionnaireRef {
  kind: Questionnaire['kind'];
  source: QuestionnaireSource;
  addedAt: string;
  content: Questionnaire;
}

/** Where a person stopped in an assessment on this device; never exchanged or merged. */
export interface Place {
  assessmentId: string;
  step: number;
  itemId?: string;
  at: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'egov-readiness';

export type AppDatabase = Dexie & {
  agencies: EntityTable<Agency, 'id'>;
  rounds: EntityTable<Round, 'id'>;
  assessments: EntityTable<Assessment, 'id'>;
  questionnaires: Table<StoredQuestionnaire, [string, string]>;
  places: EntityTable<Place, 'assessmentId'>;
  settings: EntityTable<Setting, 'key'>;
  actions: EntityTable<Action, 'id'>;
};

export const db = new Dexie(DATABASE_NAME) as AppDatabase;

// Version 1, released: do not edit. Only indexed fields are listed; records hold more.
db.version(1).stores({
  agencies: 'id, name, kind, parentId',
  rounds: 'id, name',
  assessments: 'id, agencyId, roundId, status, updatedAt, [agencyId+roundId]',
  questionnaires: '[id+version], id',
  places: 'assessmentId',
  settings: 'key',
});

// Version 2: action plans. Only adds a table, so records of version 1 stay as they are and
// no upgrade function is needed; version 1 stays declared above so old databases upgrade.
db.version(2).stores({
  actions: 'id, agencyId, roundId, [agencyId+roundId]',
});
