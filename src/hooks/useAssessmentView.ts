import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { loadAssessmentView } from '@/db/views';
import type { AssessmentView } from '@/db/views';

/** Views read just before their screen opened (by the resume route), for its first render. */
const primed = new Map<string, AssessmentView>();

/**
 * Hands a view just read to the next screen that asks for the same assessment, so that it
 * renders at once instead of reading the same records again first.
 */
export function primeAssessmentView(view: AssessmentView): void {
  primed.set(view.assessment.id, view);
}

/** `undefined` while loading, `null` when the assessment does not exist. */
export function useAssessmentView(
  assessmentId: string | undefined,
): AssessmentView | null | undefined {
  const [first] = useState(() => (assessmentId ? primed.get(assessmentId) : undefined));
  useEffect(() => {
    // Used once: later screens read afresh.
    if (assessmentId) primed.delete(assessmentId);
  }, [assessmentId]);
  const live = useLiveQuery(
    () => (assessmentId ? loadAssessmentView(assessmentId) : null),
    [assessmentId],
  );
  return live === undefined && first?.assessment.id === assessmentId ? first : live;
}
