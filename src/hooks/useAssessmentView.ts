import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { forgetPrimedView, loadAssessmentView, primedView } from '@/db/views';
import type { AssessmentView } from '@/db/views';

/**
 * `undefined` while loading, `null` when the assessment does not exist. A view read just
 * before the screen opened (see `primeAssessmentView`) is shown until the live read arrives.
 */
export function useAssessmentView(
  assessmentId: string | undefined,
): AssessmentView | null | undefined {
  const [first] = useState(() => (assessmentId ? primedView(assessmentId) : undefined));
  useEffect(() => {
    if (assessmentId) forgetPrimedView(assessmentId);
  }, [assessmentId]);
  const live = useLiveQuery(
    () => (assessmentId ? loadAssessmentView(assessmentId) : null),
    [assessmentId],
  );
  return live === undefined && first?.assessment.id === assessmentId ? first : live;
}
