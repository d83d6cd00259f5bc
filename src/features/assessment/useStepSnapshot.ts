// Kept apart from `step-snapshot.ts`, which the start-up code loads before React arrives.
import { useEffect, type RefObject } from 'react';
import { whenIdle } from './after-paint';
import { captureStepMarkup, saveStepSnapshot } from './step-snapshot';

/**
 * Keeps the picture of the step shown in `items` (its first `firstItems` questions) while
 * `enabled`: at an idle moment once enabled, again whenever `revision` moves on (a save), and
 * as the page goes away. At idle moments, so that it never delays an answer.
 */
export function useStepSnapshot(
  items: RefObject<HTMLElement | null>,
  step: { assessmentId: string; number: number; revision: number; firstItems: number },
  enabled: boolean,
): void {
  const { assessmentId, number, revision, firstItems } = step;
  useEffect(() => {
    if (!enabled) return;
    const save = () => {
      const root = document.getElementById('root');
      if (!root || !items.current) return;
      saveStepSnapshot({
        assessmentId,
        path: `/assessments/${assessmentId}/step/${number}`,
        revision,
        lang: document.documentElement.lang,
        html: captureStepMarkup(root, items.current, firstItems),
      });
    };
    const cancelIdle = whenIdle(save);
    window.addEventListener('pagehide', save);
    return () => {
      cancelIdle();
      window.removeEventListener('pagehide', save);
    };
  }, [enabled, items, assessmentId, number, revision, firstItems]);
}
