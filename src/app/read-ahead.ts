/**
 * What the first screen of an assessment's address reads, started by the start-up code
 * while the rest of the app is still downloading rather than after it has rendered. Agency
 * staff reopen a draft from a bookmark or after a restart; this is the wait they notice.
 * No React and no router here, only the database, so it runs as early as possible.
 */
import { db } from '@/db/db';
import { loadAssessmentView, primeAssessmentView } from '@/db/views';
import { resumeAddress } from '@/features/assessment/resume';
import { pathParams, SCREENS, screensAt } from './screens';

/**
 * Reads ahead for `pathname`. Resolves with the address to show instead when `pathname`
 * resumes an assessment (its step, or its results), else with `undefined`.
 */
export async function readAhead(pathname: string): Promise<string | undefined> {
  const [screen] = screensAt(pathname);
  if (!screen) return undefined;
  const assessmentId = pathParams(SCREENS[screen].path, pathname)?.assessmentId;
  if (!assessmentId) return undefined;
  await db.open();
  if (screen === 'resume') return resumeAddress(assessmentId);
  const view = await loadAssessmentView(assessmentId);
  if (view) primeAssessmentView(view);
  return undefined;
}
