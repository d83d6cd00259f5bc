/**
 * Screens that hold unsaved edits (the wizard's typing pause) register how to write them,
 * so that anything about to replace the page (an app update, a reload the person asked
 * for) can first make sure every answer is in IndexedDB.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerPendingWrites(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

export async function flushPendingWrites(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush()));
}
