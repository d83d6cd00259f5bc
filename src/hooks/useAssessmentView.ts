import { useLiveQuery } from 'dexie-react-hooks';
import { loadAssessmentView } from '@/db/views';
import type { AssessmentView } from '@/db/views';

/** `undefined` while loading, `null` when the assessment does not exist. */
export function useAssessmentView(
  assessmentId: string | undefined,
): AssessmentView | null | undefined {
  return useLiveQuery(
    () => (assessmentId ? loadAssessmentView(assessmentId) : null),
    [assessmentId],
  );
}
