import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useParams } from 'react-router';
import { getPlace } from '@/db/places';
import { loadAssessmentView } from '@/db/views';
import { primeAssessmentView } from '@/hooks/useAssessmentView';
import { Loading } from '@/components/PageStates';

/** Opens an assessment where it was left: the last step on this device, or its results. */
export function ResumePage() {
  const { assessmentId = '' } = useParams();
  const target = useLiveQuery(async () => {
    const [view, place] = await Promise.all([
      loadAssessmentView(assessmentId),
      getPlace(assessmentId),
    ]);
    if (!view) return `/assessments/${assessmentId}/step/1`;
    if (view.assessment.status === 'submitted') return `/assessments/${assessmentId}/results`;
    // The step opens with what was read here, without reading it all again first.
    primeAssessmentView(view);
    return `/assessments/${assessmentId}/step/${place?.step ?? 1}`;
  }, [assessmentId]);
  if (!target) return <Loading />;
  return <Navigate to={target} replace />;
}
