/**
 * Writing what an import or restore brings, and remembering when data last left the device.
 * The plan shown to the person (`planImport`) is worked out again inside the one write
 * transaction against what is stored then, so a second import of the same file, or a change
 * made in another tab since the preview, never writes twice or over newer data.
 */
import { canonicalJson, sha256Hex } from '../domain/exchange/canonical';
import type { ExchangeContent } from '../domain/exchange/format';
import { planImport } from '../domain/exchange/merge';
import type { ImportPlan } from '../domain/exchange/merge';
import type { Action, Assessment } from '../domain/records';
import { type Clock, systemClock } from './clock';
import { db } from './db';
import { WorkingSet } from './exchange-working-set';
import { existingRecordsForPlan } from './exchange-gather';
import { LAST_EXPORT_SETTING } from './exchange-reminder';
import { writeTransaction } from './transaction';

export { existingRecordsForPlan, gatherForExport, knownRecordsForRead } from './exchange-gather';
export type { ExportScope } from './exchange-gather';
export { LAST_EXPORT_SETTING } from './exchange-reminder';

/** Per conflicting assessment or action id; 'keepBoth' unless chosen otherwise. */
export type ConflictChoice = 'keepMine' | 'takeTheirs' | 'keepBoth';
export type ImportChoices = Readonly<Record<string, ConflictChoice>>;

/** Where a copy kept beside a conflicting assessment came from. */
export interface ImportOrigin {
  originalId: string;
  fileName: string;
  importedAt: string;
}

export interface ImportSource {
  plan: ImportPlan;
  fileName: string;
}

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
  keptBoth: number;
  tookTheirs: number;
  keptMine: number;
  questionnairesAdded: number;
}

export const ORIGIN_SETTING_PREFIX = 'importOrigin:';

/** Writes every file's plan in ONE transaction: all of it is stored, or none. */
export async function applyImport(
  sources: ImportSource | readonly ImportSource[],
  choices: ImportChoices = {},
  now: Clock = systemClock,
): Promise<ImportSummary> {
  const list = Array.isArray(sources) ? sources : [sources as ImportSource];
  // Copy ids are derived from the incoming content, so keeping both twice keeps one copy.
  // Hashing is done before the transaction: awaiting WebCrypto inside it would commit it.
  const copyIds = new Map<Assessment | Action, string>();
  for (const { plan } of list) {
    for (const entry of [...plan.assessments, ...plan.actions]) {
      if (entry.action === 'conflict') {
        copyIds.set(entry.incoming, uuidFromHex(await sha256Hex(canonicalJson(entry.incoming))));
      }
    }
  }
  const at = now();
  const summary: ImportSummary = {
    added: 0,
    updated: 0,
    skipped: 0,
    keptBoth: 0,
    tookTheirs: 0,
    keptMine: 0,
    questionnairesAdded: 0,
  };
  const tables = [
    db.agencies,
    db.rounds,
    db.assessments,
    db.questionnaires,
    db.settings,
    db.actions,
  ];
  await writeTransaction(tables, async () => {
    const state = new WorkingSet(await existingRecordsForPlan());
    for (const { plan, fileName } of list) {
      const planned = planImport(state.existing(), contentOf(plan));
      for (const { action, questionnaire } of planned.questionnaires) {
        if (action !== 'add') continue;
        state.addQuestionnaire({
          id: questionnaire.id,
          version: questionnaire.version,
          kind: questionnaire.kind,
          source: 'user',
          addedAt: at,
          content: questionnaire,
        });
        summary.questionnairesAdded += 1;
      }
      for (const entry of planned.agencies) {
        if (entry.action !== 'skip') state.putAgency(entry.incoming);
        count(summary, entry.action);
      }
      for (const entry of planned.rounds) {
        if (entry.action !== 'skip') state.putRound(entry.incoming);
        count(summary, entry.action);
      }
      for (const entry of planned.assessments) {
        if (entry.action !== 'conflict') {
          if (entry.action !== 'skip') state.putAssessment(entry.incoming);
          count(summary, entry.action);
          continue;
        }
        const choice = choices[entry.incoming.id] ?? 'keepBoth';
        if (choice === 'keepMine') summary.keptMine += 1;
        if (choice === 'takeTheirs') {
          state.putAssessment(entry.incoming);
          summary.tookTheirs += 1;
        }
        if (choice === 'keepBoth') {
          const id = copyIds.get(entry.incoming) ?? crypto.randomUUID();
          if (!state.hasAssessment(id)) {
            state.putAssessment({ ...entry.incoming, id });
            const origin: ImportOrigin = {
              originalId: entry.incoming.id,
              fileName,
              importedAt: at,
            };
            state.putSetting({ key: `${ORIGIN_SETTING_PREFIX}${id}`, value: origin });
          }
          summary.keptBoth += 1;
        }
      }
      for (const entry of planned.actions) {
        if (entry.action !== 'conflict') {
          if (entry.action !== 'skip') state.putAction(entry.incoming);
          count(summary, entry.action);
          continue;
        }
        // As an assessment's conflict; a copy kept beside needs no note of origin, since
        // the action list shows both side by side.
        const choice = choices[entry.incoming.id] ?? 'keepBoth';
        if (choice === 'keepMine') summary.keptMine += 1;
        if (choice === 'takeTheirs') {
          state.putAction(entry.incoming);
          summary.tookTheirs += 1;
        }
        if (choice === 'keepBoth') {
          const id = copyIds.get(entry.incoming) ?? crypto.randomUUID();
          if (!state.hasAction(id)) state.putAction({ ...entry.incoming, id });
          summary.keptBoth += 1;
        }
      }
    }
    await state.flush();
  });
  return summary;
}

function count(summary: ImportSummary, action: 'add' | 'update' | 'skip') {
  if (action === 'add') summary.added += 1;
  if (action === 'update') summary.updated += 1;
  if (action === 'skip') summary.skipped += 1;
}

function contentOf(plan: ImportPlan): ExchangeContent {
  return {
    questionnaires: plan.questionnaires.map((p) => p.questionnaire),
    agencies: plan.agencies.map((p) => p.incoming),
    rounds: plan.rounds.map((p) => p.incoming),
    assessments: plan.assessments.map((p) => p.incoming),
    actions: plan.actions.map((p) => p.incoming),
  };
}

/** A UUID (version 8, "custom") made of the first 122 bits of a hex digest. */
export function uuidFromHex(hex: string): string {
  const h = hex.toLowerCase().padEnd(32, '0');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Where the copy with this id came from, when it was kept beside a conflicting one. */
export async function importOrigin(assessmentId: string): Promise<ImportOrigin | undefined> {
  const setting = await db.settings.get(`${ORIGIN_SETTING_PREFIX}${assessmentId}`);
  return setting?.value as ImportOrigin | undefined;
}

/** Called after a file is exported or a backup made. */
export async function recordExport(now: Clock = systemClock): Promise<void> {
  await writeTransaction([db.settings], async () => {
    await db.settings.put({ key: LAST_EXPORT_SETTING, value: now() });
  });
}

export async function lastExportAt(): Promise<string | undefined> {
  const setting = await db.settings.get(LAST_EXPORT_SETTING);
  return typeof setting?.value === 'string' ? setting.value : undefined;
}
