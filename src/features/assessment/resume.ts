import { getPlace } from '@/db/places';
import { loadAssessmentView, primeAssessmentView } from '@/db/views';

/**
 * The address an assessment resumes at: the step last shown on this device, its results
 * once submitted, or its first step. The view read on the way is primed for that screen.
 */
export async function resumeAddress(assessmentId: string): Promise<string> {
  const base = `/assessments/${encodeURIComponent(assessmentId)}`;
  const [view, place] = await Promise.all([
    loadAssessmentView(assessmentId),
    getPlace(assessmentId),
  ]);
  if (!view) return `${base}/step/1`;
  if (view.assessment.status === 'submitted') return `${base}/results`;
  primeAssessmentView(view);
  return `${base}/step/${place?.step ?? 1}`;
}
