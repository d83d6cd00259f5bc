import { useLiveQuery } from 'dexie-react-hooks';
import { Redirect, useParams } from 'wouter';
import { Loading } from '@/components/PageStates';
import { resumeAddress } from './resume';

/**
 * Opens an assessment where it was left: the last step on this device, or its results.
 * Opened from a bookmark or a reload, the start-up code has usually gone there already
 * (see `src/app/read-ahead.ts`); this screen serves links inside the app.
 */
export function ResumePage() {
  const { assessmentId = '' } = useParams();
  const target = useLiveQuery(() => resumeAddress(assessmentId), [assessmentId]);
  if (!target) return <Loading />;
  return <Redirect to={target} replace />;
}
