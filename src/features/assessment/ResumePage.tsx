import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useParams } from 'react-router';
import { getPlace } from '@/db/places';
import { db } from '@/db/db';
import { Loading } from '@/components/PageStates';

/** Opens an assessment where it was left: the last step on this device, or its results. */
export function ResumePage() {
  const { assessmentId = '' } = useParams();
  const target = useLiveQuery(async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) return `/assessments/${assessmentId}/step/1`;
    if (assessment.status === 'submitted') return `/assessments/${assessmentId}/results`;
    const place = await getPlace(assessmentId);
    return `/assessments/${assessmentId}/step/${place?.step ?? 1}`;
  }, [assessmentId]);
  if (!target) return <Loading />;
  return <Navigate to={target} replace />;
}
