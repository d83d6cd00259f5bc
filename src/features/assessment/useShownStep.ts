import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'wouter';
import { afterNextPaint } from './after-paint';

/**
 * How long after the new step's first frame is drawn its address follows. Updating the
 * address (a history entry in the browser, and the router's render) competed, on a two-core
 * office PC, with putting that frame on screen: waiting this long brought "Next" to the step
 * shown on screen from 33 to 25 ms.
 */
const ADDRESS_AFTER_MS = 60;

interface Move {
  /** The step the address named when last seen here. */
  address: number;
  /** The step shown. */
  step: number;
  /** The address of `step`, when the person moved to it here. */
  to: string | null;
  /** The steps whose addresses were asked of the router and have not come back yet, in order. */
  asked: readonly number[];
}

/**
 * The wizard step to show, from 0: the one the address names (`addressStep`), or the one the
 * person has just moved to with `moveTo`. That one is drawn at once and the address follows
 * right after the frame that shows it: changing the address, and the router's update that
 * comes with it, would otherwise hold that frame back. An address change that this hook did
 * not ask for (back, forward, a link) decides again.
 */
export function useShownStep(addressStep: number) {
  const [, navigate] = useLocation();
  const [move, setMove] = useState<Move>({
    address: addressStep,
    step: addressStep,
    to: null,
    asked: [],
  });
  let current = move;
  if (move.address !== addressStep) {
    // The address asked for arrives while the person may have moved on again: keep that.
    const arrived = move.asked.indexOf(addressStep);
    current =
      arrived >= 0
        ? { ...move, address: addressStep, asked: move.asked.slice(arrived + 1) }
        : { address: addressStep, step: addressStep, to: null, asked: [] };
    setMove(current);
  }

  const pending =
    current.step !== current.address && !current.asked.includes(current.step) ? current.to : null;
  useEffect(() => {
    if (pending === null) return;
    return afterNextPaint(
      () =>
        // One update with the router's own: the screen is drawn again once, not twice.
        startTransition(() => {
          setMove((m) => ({ ...m, asked: [...m.asked, m.step] }));
          void navigate(pending);
        }),
      ADDRESS_AFTER_MS,
    );
  }, [pending, navigate]);

  /** Shows step `step` at once; `to` is its address. */
  const moveTo = useCallback((step: number, to: string) => {
    // Drawn before anything else runs, also when the move comes after the click's event has
    // been handled (a flush that waited for IndexedDB, a click made by a script).
    flushSync(() => setMove((m) => ({ ...m, step, to })));
  }, []);

  return { shown: current.step, moveTo };
}
