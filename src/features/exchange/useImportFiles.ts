import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExchangeFile } from '@/domain/exchange/format';
import { planImport } from '@/domain/exchange/merge';
import type { ImportPlan } from '@/domain/exchange/merge';
import { readExchangeFile } from '@/domain/exchange/read';
import type { Problem } from '@/domain/problems';
import { existingRecordsForPlan, knownRecordsForRead } from '@/db/exchange';

export type FileEntry = { key: number; name: string; text: string } & (
  | { status: 'reading' }
  | { status: 'locked'; wrongPassphrase: boolean }
  | { status: 'problems'; problems: Problem[] }
  | { status: 'ready'; file: ExchangeFile; plan: ImportPlan }
);

type Outcome = Exclude<FileEntry, { status: 'reading' }>;

interface Context {
  known: Awaited<ReturnType<typeof knownRecordsForRead>>;
  existing: Awaited<ReturnType<typeof existingRecordsForPlan>>;
}

async function loadContext(): Promise<Context> {
  const [known, existing] = await Promise.all([knownRecordsForRead(), existingRecordsForPlan()]);
  return { known, existing };
}

/**
 * The files picked for an import, each read by the one domain function and planned against
 * what is stored. Nothing here writes: `applyImport` does, once the person confirms.
 */
export function useImportFiles(maxBytes?: number) {
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const next = useRef(0);
  // Read by `unlock`, so that callback stays the same while the list changes.
  const current = useRef(entries);
  useEffect(() => {
    current.current = entries;
  }, [entries]);

  const settle = useCallback(
    async (entry: FileEntry, context: Context, passphrase?: string): Promise<Outcome> => {
      // Only a locked file keeps its text, to be read again with a passphrase: a 100 MB
      // backup's text is not held in state beside its records.
      const base = { key: entry.key, name: entry.name, text: '' };
      const { known, existing } = context;
      const result = await readExchangeFile(entry.text, { ...known, passphrase, maxBytes });
      if (!result.ok) {
        const codes = result.problems.map((p) => p.code);
        if (codes.includes('passphraseRequired')) {
          return { ...base, text: entry.text, status: 'locked', wrongPassphrase: false };
        }
        if (codes.includes('decryptFailed') && passphrase) {
          return { ...base, text: entry.text, status: 'locked', wrongPassphrase: true };
        }
        return { ...base, status: 'problems', problems: result.problems };
      }
      const plan = planImport(existing, result.value);
      return { ...base, status: 'ready', file: result.value, plan };
    },
    [maxBytes],
  );

  const replace = (outcomes: readonly Outcome[]) => {
    const byKey = new Map(outcomes.map((o) => [o.key, o]));
    setEntries((all) => all.map((e) => byKey.get(e.key) ?? e));
  };

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      // Marks for the browser's performance timeline (and the exchange benchmarks).
      const start = performance.now();
      const texts = await Promise.all(files.map((file) => file.text().catch(() => '')));
      const read = performance.now();
      performance.measure('import: files read', { start, end: read });
      const added: FileEntry[] = files.map((file, index) => ({
        key: next.current++,
        name: file.name,
        text: texts[index] ?? '',
        status: 'reading',
      }));
      setEntries((all) => [...all, ...added]);
      // One read of the device per batch; 500 files are planned against the same records.
      // One state update for the whole batch, not one per file.
      const context = await loadContext();
      const outcomes = await Promise.all(added.map((entry) => settle(entry, context)));
      performance.measure('import: files checked and planned', { start: read });
      replace(outcomes);
    },
    [settle],
  );

  const unlock = useCallback(
    async (key: number, passphrase: string) => {
      const entry = current.current.find((e) => e.key === key);
      if (entry) replace([await settle(entry, await loadContext(), passphrase)]);
    },
    [settle],
  );

  const remove = useCallback((key: number) => {
    setEntries((all) => all.filter((e) => e.key !== key));
  }, []);

  const clear = useCallback(() => setEntries([]), []);

  return { entries, addFiles, unlock, remove, clear };
}
