/**
 * What the first screen of an assessment's or a round's address reads, started by the
 * start-up code while the rest of the app is still downloading rather than after it has
 * rendered. Agency staff reopen a draft from a bookmark or after a restart; a coordinator
 * reopens a round of hundreds of agencies. This is the wait they notice. No React and no
 * router here, only the database, so it runs as early as possible.
 */
import { db } from '@/db/db';
import { holdQuery } from '@/db/shared-live-query';
import {
  loadAssessmentView,
  primeAssessmentView,
  primedView,
  type AssessmentView,
} from '@/db/views';
import { resumeAddress } from '@/features/assessment/resume';
import { dropStaleStepSnapshot } from '@/features/assessment/step-snapshot';
import { pathParams, SCREENS, screensAt, type ScreenName } from './screens';

/** The screens that show a round's view, and whether they follow `?q=` (a module). */
const ROUND_SCREENS: Partial<Record<ScreenName, { module: boolean }>> = {
  round: { module: true },
  compare: { module: true },
  agency: { module: true },
  presentation: { module: false },
};

/**
 * How long a round's queries read ahead keep running for the screen to take over: past
 * that, the screen reads afresh.
 */
const HOLD_MS = 10_000;

/**
 * Reads ahead for `pathname` and `search`. Resolves with the address to show instead when
 * `pathname` resumes an assessment (its step, or its results), else with `undefined`.
 */
export async function readAhead(pathname: string, search = ''): Promise<string | undefined> {
  const [screen] = screensAt(pathname);
  if (!screen) return undefined;
  const params = pathParams(SCREENS[screen].path, pathname);
  const round = ROUND_SCREENS[screen];
  if (round && params?.roundId) {
    const module = round.module ? new URLSearchParams(search).get('q') || undefined : undefined;
    await readRoundAhead(params.roundId, module);
    return undefined;
  }
  const assessmentId = params?.assessmentId;
  if (!assessmentId) return undefined;
  await db.open();
  if (screen === 'resume') {
    const address = await resumeAddress(assessmentId);
    dropStaleStepSnapshot(snapshotCheck(address, primedView(assessmentId)));
    return address;
  }
  const view = await loadAssessmentView(assessmentId);
  if (view) primeAssessmentView(view);
  dropStaleStepSnapshot(snapshotCheck(pathname, view ?? undefined));
  return undefined;
}

/** What the picture of a step put up at start (`step-snapshot`) must show to stay up. */
function snapshotCheck(address: string, view: AssessmentView | undefined) {
  if (!view) return null;
  return {
    path: address.replace(/\/+$/, ''),
    revision: view.assessment.revision,
    submitted: view.assessment.status === 'submitted',
  };
}

/** Starts the round screens' shared queries (`roundViewQuery`, the privacy settings). */
async function readRoundAhead(roundId: string, questionnaireId: string | undefined) {
  const [{ roundViewQuery }, { privacySettingsQuery }] = await Promise.all([
    import('@/db/round-queries'),
    import('@/db/privacy'),
  ]);
  await Promise.all([
    holdQuery(roundViewQuery(roundId, questionnaireId), HOLD_MS),
    holdQuery(privacySettingsQuery(), HOLD_MS),
  ]);
}
