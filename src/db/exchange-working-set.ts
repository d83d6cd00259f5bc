import type { ExistingRecords } from '../domain/exchange/merge';
import type { Action, Agency, Assessment, Round } from '../domain/records';
import { db, type Setting, type StoredQuestionnaire } from './db';

/**
 * The records as an import in progress has left them, held in memory inside the write
 * transaction: each file is planned against what the files before it changed, and every
 * table is written with one bulk call at the end (500 files, one table read each).
 */
export class WorkingSet {
  private readonly agencies: Map<string, Agency>;
  private readonly rounds: Map<string, Round>;
  private readonly assessments: Map<string, Assessment>;
  private readonly questionnaires: Map<string, { id: string; version: string }>;
  private readonly actions: Map<string, Action>;
  private readonly put = {
    agencies: new Map<string, Agency>(),
    rounds: new Map<string, Round>(),
    assessments: new Map<string, Assessment>(),
    questionnaires: new Map<string, StoredQuestionnaire>(),
    settings: new Map<string, Setting>(),
    actions: new Map<string, Action>(),
  };

  constructor(existing: ExistingRecords) {
    this.agencies = new Map(existing.agencies.map((r) => [r.id, r]));
    this.rounds = new Map(existing.rounds.map((r) => [r.id, r]));
    this.assessments = new Map(existing.assessments.map((r) => [r.id, r]));
    this.questionnaires = new Map(existing.questionnaires.map((r) => [`${r.id}@${r.version}`, r]));
    this.actions = new Map((existing.actions ?? []).map((r) => [r.id, r]));
  }

  existing(): ExistingRecords {
    return {
      agencies: [...this.agencies.values()],
      rounds: [...this.rounds.values()],
      assessments: [...this.assessments.values()],
      questionnaires: [...this.questionnaires.values()],
      actions: [...this.actions.values()],
    };
  }

  hasAction(id: string): boolean {
    return this.actions.has(id);
  }

  putAction(record: Action) {
    this.actions.set(record.id, record);
    this.put.actions.set(record.id, record);
  }

  hasAssessment(id: string): boolean {
    return this.assessments.has(id);
  }

  putAgency(record: Agency) {
    this.agencies.set(record.id, record);
    this.put.agencies.set(record.id, record);
  }

  putRound(record: Round) {
    this.rounds.set(record.id, record);
    this.put.rounds.set(record.id, record);
  }

  putAssessment(record: Assessment) {
    this.assessments.set(record.id, record);
    this.put.assessments.set(record.id, record);
  }

  addQuestionnaire(record: StoredQuestionnaire) {
    const key = `${record.id}@${record.version}`;
    this.questionnaires.set(key, { id: record.id, version: record.version });
    this.put.questionnaires.set(key, record);
  }

  putSetting(setting: Setting) {
    this.put.settings.set(setting.key, setting);
  }

  /** Writes what changed; call inside the transaction, last. */
  async flush(): Promise<void> {
    await db.questionnaires.bulkPut([...this.put.questionnaires.values()]);
    await db.agencies.bulkPut([...this.put.agencies.values()]);
    await db.rounds.bulkPut([...this.put.rounds.values()]);
    await db.assessments.bulkPut([...this.put.assessments.values()]);
    await db.settings.bulkPut([...this.put.settings.values()]);
    await db.actions.bulkPut([...this.put.actions.values()]);
  }
}
