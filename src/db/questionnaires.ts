import shippedQuestionnaires from 'virtual:shipped-questionnaires';
import type { Questionnaire, QuestionnaireRef } from '../domain/questionnaire/types';
import { type Clock, systemClock } from './clock';
import { db, type QuestionnaireSource, type StoredQuestionnaire } from './db';
import { writeTransaction } from './transaction';
import { requireText } from './validate';

export interface ShippedEntry extends QuestionnaireRef {
  load: () => Promise<unknown>;
}

/**
 * Stores a questionnaire that has passed `parseQuestionnaire`. A released id + version is
 * never changed, so if it is already stored the stored copy is kept and returned.
 */
export async function storeQuestionnaire(
  questionnaire: Questionnaire,
  source: QuestionnaireSource,
  now: Clock = systemClock,
): Promise<StoredQuestionnaire> {
  const id = requireText(questionnaire.id, 'id', 1, 64);
  const version = requireText(questionnaire.version, 'version', 1, 64);
  return writeTransaction([db.questionnaires], async () => {
    const existing = await db.questionnaires.get([id, version]);
    if (existing) return existing;
    const stored: StoredQuestionnaire = {
      id,
      version,
      kind: questionnaire.kind,
      source,
      addedAt: now(),
      content: questionnaire,
    };
    await db.questionnaires.add(stored);
    return stored;
  });
}

export async function getQuestionnaire(
  ref: QuestionnaireRef,
): Promise<StoredQuestionnaire | undefined> {
  return db.questionnaires.get([ref.id, ref.version]);
}

/** By id, and for each id the newest version first. */
export async function listQuestionnaires(): Promise<StoredQuestionnaire[]> {
  const all = await db.questionnaires.toArray();
  return all.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
}

export interface EnsureShippedResult {
  stored: QuestionnaireRef[];
  skipped: { ref: QuestionnaireRef; reason: 'loadFailed' | 'mismatch' }[];
}

/**
 * Stores the shipped questionnaires not stored yet; safe to call on every start. Loading
 * happens outside any transaction: an awaited import would let IndexedDB commit early.
 */
export async function ensureShippedQuestionnaires(
  shipped: readonly ShippedEntry[] = shippedQuestionnaires,
  now: Clock = systemClock,
): Promise<EnsureShippedResult> {
  const result: EnsureShippedResult = { stored: [], skipped: [] };
  // Keys only: reading whole questionnaires (hundreds of kB each) on every start would slow
  // the first screen, which reads from the same database at the same moment.
  const storedKeys = new Set(
    (await db.questionnaires.toCollection().primaryKeys()).map(([id, version]) =>
      JSON.stringify([id, version]),
    ),
  );
  for (const entry of shipped) {
    const ref = { id: entry.id, version: entry.version };
    if (storedKeys.has(JSON.stringify([ref.id, ref.version]))) continue;
    let content: unknown;
    try {
      content = await entry.load();
    } catch {
      result.skipped.push({ ref, reason: 'loadFailed' });
      continue;
    }
    if (!matches(content, ref)) {
      result.skipped.push({ ref, reason: 'mismatch' });
      continue;
    }
    await storeQuestionnaire(content, 'shipped', now);
    result.stored.push(ref);
  }
  return result;
}

/** The file was validated at build time; this only guards against a mixed-up entry. */
function matches(content: unknown, ref: QuestionnaireRef): content is Questionnaire {
  if (typeof content !== 'object' || content === null) return false;
  const { id, version } = content as Partial<Record<'id' | 'version', unknown>>;
  return id === ref.id && version === ref.version;
}

/** Compares semantic versions numerically (1.10.0 is after 1.9.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Number.isNaN(diff) ? a.localeCompare(b) : diff;
  }
  return 0;
}
