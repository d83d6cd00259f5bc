/**
 * Autosave for one assessment. Clicked answers are written at once; typed text is written
 * after a short pause (well inside the 500 ms promise to the person), and everything pending
 * is flushed on step change, when the page is hidden and on unmount.
 *
 * Each change carries the `at` of the stored answer this tab last saw. The repository refuses
 * a change whose base is stale, so the same draft open in two tabs never silently overwrites
 * an answer given in the other tab: the person sees the conflict and chooses.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Answer, Answers } from '@/domain/records';
import { saveAnswers } from '@/db/assessments';
import { registerPendingWrites } from '@/db/pending-writes';
import { requestPersistentStorage } from '@/db/storage';

export const TYPING_DELAY_MS = 300;

export type SaveState =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; code: string };

export interface Conflict {
  itemId: string;
  mine: Answer | null;
  theirs: Answer | null;
}

interface Options {
  /** Called when another tab (or device import) changed an answer this tab has no edit for. */
  onExternalChange: (itemId: string, answer: Answer | null) => void;
}

export function useAutosave(assessmentId: string, stored: Answers | undefined, options: Options) {
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const pending = useRef(new Map<string, Answer | null>());
  const base = useRef(new Map<string, string | null>());
  /** Every `at` this tab has sent, as `itemId@at`, and the bare item ids it has answered. */
  const sent = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());
  const persistenceAsked = useRef(false);
  const onExternal = useRef(options.onExternalChange);
  useLayoutEffect(() => {
    onExternal.current = options.onExternalChange;
  });

  // Track what is stored. An answer that moved without an edit here came from elsewhere.
  // Only the first stored answers seen are taken as they are; after that, an item this tab
  // knew as unanswered (base null) and that is answered now was answered elsewhere too.
  const seenStored = useRef(false);
  useEffect(() => {
    if (!stored) return;
    const first = !seenStored.current;
    seenStored.current = true;
    const ids = new Set([...Object.keys(stored), ...base.current.keys()]);
    for (const itemId of ids) {
      const at = stored[itemId]?.at ?? null;
      if (first) {
        base.current.set(itemId, at);
      } else if ((base.current.get(itemId) ?? null) !== at && !pending.current.has(itemId)) {
        // A live query can deliver a read taken before this tab's latest write (quick arrow
        // keys through a radio group write several times). This tab's own earlier answer, or
        // the "unanswered" before its first one, is not a change made elsewhere: taking it as
        // one reverted the screen and raised false conflicts. (An answer cleared in another
        // tab is then noticed as a conflict at this tab's next edit of it.)
        if (sent.current.has(at === null ? itemId : `${itemId}@${at}`)) continue;
        base.current.set(itemId, at);
        onExternal.current(itemId, stored[itemId] ?? null);
      }
    }
  }, [stored]);

  const write = useCallback(async () => {
    if (pending.current.size === 0) return;
    const batch = [...pending.current];
    pending.current.clear();
    for (const [itemId, answer] of batch) {
      if (answer) sent.current.add(itemId).add(`${itemId}@${answer.at}`);
    }
    setStatus({ state: 'saving' });
    try {
      const result = await saveAnswers(
        assessmentId,
        batch.map(([itemId, answer]) => ({
          itemId,
          answer,
          baseAt: base.current.get(itemId) ?? null,
        })),
      );
      for (const [itemId, answer] of batch) {
        if (result.saved.includes(itemId)) base.current.set(itemId, answer?.at ?? null);
      }
      if (result.conflicts.length > 0) {
        const mine = new Map(batch);
        for (const c of result.conflicts) {
          base.current.set(c.itemId, c.theirs?.at ?? null);
          onExternal.current(c.itemId, c.theirs);
        }
        setConflicts((old) => [
          ...old.filter((o) => !result.conflicts.some((c) => c.itemId === o.itemId)),
          ...result.conflicts.map((c) => ({
            itemId: c.itemId,
            mine: mine.get(c.itemId) ?? null,
            theirs: c.theirs,
          })),
        ]);
      }
      setStatus({ state: 'saved', at: new Date().toISOString() });
      if (!persistenceAsked.current) {
        persistenceAsked.current = true;
        void requestPersistentStorage();
      }
    } catch (error) {
      // Put the batch back unless newer edits replaced it, so nothing typed is dropped.
      for (const [itemId, answer] of batch) {
        if (!pending.current.has(itemId)) pending.current.set(itemId, answer);
      }
      const code =
        error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
          ? error.code
          : 'unknown';
      setStatus({ state: 'error', code });
    }
  }, [assessmentId]);

  /** Writes everything pending now; resolves once it is in IndexedDB. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    // Serialise writes so a batch never races the one before it.
    running.current = running.current.then(write, write);
    return running.current;
  }, [write]);

  const change = useCallback(
    (itemId: string, answer: Answer | null, mode: 'now' | 'typing') => {
      pending.current.set(itemId, answer);
      setStatus({ state: 'pending' });
      if (mode === 'now') {
        void flush();
      } else {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
      }
    },
    [flush],
  );

  /** Keeps the other tab's answer, or writes this tab's answer over it on purpose. */
  const resolveConflict = useCallback(
    (itemId: string, keep: 'mine' | 'theirs') => {
      const conflict = conflicts.find((c) => c.itemId === itemId);
      setConflicts((old) => old.filter((c) => c.itemId !== itemId));
      if (keep === 'mine' && conflict) {
        const answer = conflict.mine ? { ...conflict.mine, at: new Date().toISOString() } : null;
        onExternal.current(itemId, answer);
        change(itemId, answer, 'now');
      }
    },
    [change, conflicts],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerPendingWrites(flush);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { status, conflicts, change, flush, resolveConflict };
}
