/**
 * Every screen: its address and how its code is loaded (each is its own chunk, so charts and
 * forms load only where they are used). Neither React nor the router is imported here, so the
 * start-up code can begin loading the screen an address shows while the rest of the app is
 * still arriving. `routes.tsx` builds the router's routes from this table.
 */
import type { ComponentType } from 'react';
import { loadRestMessages, type MessagePart } from '@/i18n/catalogs';

// Screens take no props: they read the address.
export type LoadScreen = () => Promise<ComponentType>;

export interface Screen {
  /** From the app's root, in the router's pattern syntax (`:name` is one segment). */
  readonly path: string;
  /** Loads the screen's code and the interface texts it needs. */
  readonly load: LoadScreen;
}

/**
 * A screen whose texts are `texts` (see `MessagePart`): the ones a person opens first (home,
 * start, wizard, review) need only the first part, so a bookmarked draft opens sooner.
 */
const screen = (path: string, load: LoadScreen, texts: MessagePart = 'rest'): Screen => ({
  path,
  load:
    texts === 'first'
      ? load
      : () => Promise.all([load(), loadRestMessages()]).then(([component]) => component),
});

export const SCREENS = {
  home: screen('/', () => import('@/features/home/HomePage').then((m) => m.HomePage), 'first'),
  start: screen(
    '/assessments/new',
    () => import('@/features/assessment/StartPage').then((m) => m.StartPage),
    'first',
  ),
  resume: screen(
    '/assessments/:assessmentId',
    () => import('@/features/assessment/ResumePage').then((m) => m.ResumePage),
    'first',
  ),
  wizard: screen(
    '/assessments/:assessmentId/step/:step',
    () => import('@/features/assessment/WizardPage').then((m) => m.WizardPage),
    'first',
  ),
  review: screen(
    '/assessments/:assessmentId/review',
    () => import('@/features/assessment/ReviewPage').then((m) => m.ReviewPage),
    'first',
  ),
  results: screen('/assessments/:assessmentId/results', () =>
    import('@/features/results/ResultsPage').then((m) => m.ResultsPage),
  ),
  agencyReport: screen('/assessments/:assessmentId/report', () =>
    import('@/features/report/AgencyReportPage').then((m) => m.AgencyReportPage),
  ),
  rounds: screen('/rounds', () => import('@/features/round/RoundsPage').then((m) => m.RoundsPage)),
  round: screen('/rounds/:roundId', () =>
    import('@/features/round/RoundPage').then((m) => m.RoundPage),
  ),
  targets: screen('/rounds/:roundId/targets', () =>
    import('@/features/round/TargetsPage').then((m) => m.TargetsPage),
  ),
  roundReport: screen('/rounds/:roundId/report', () =>
    import('@/features/report/RoundReportPage').then((m) => m.RoundReportPage),
  ),
  compare: screen('/rounds/:roundId/compare', () =>
    import('@/features/compare/ComparePage').then((m) => m.ComparePage),
  ),
  agency: screen('/rounds/:roundId/agencies/:agencyId', () =>
    import('@/features/compare/AgencyPage').then((m) => m.AgencyPage),
  ),
  presentation: screen('/rounds/:roundId/present', () =>
    import('@/features/presentation/PresentationPage').then((m) => m.PresentationPage),
  ),
  trends: screen('/trends', () =>
    import('@/features/compare/TrendsPage').then((m) => m.TrendsPage),
  ),
  exportFiles: screen('/exchange', () =>
    import('@/features/exchange/ExportPage').then((m) => m.ExportPage),
  ),
  importFiles: screen('/exchange/import', () =>
    import('@/features/exchange/ImportPage').then((m) => m.ImportPage),
  ),
  backup: screen('/exchange/backup', () =>
    import('@/features/exchange/BackupPage').then((m) => m.BackupPage),
  ),
} as const satisfies Record<string, Screen>;

export type ScreenName = keyof typeof SCREENS;

const paramCount = (name: ScreenName) => SCREENS[name].path.split(':').length - 1;

/**
 * Every screen, those with fewer parameters first. The router shows the first screen whose
 * path matches, so fixed segments win over parameters: "assessments/new" is not an id.
 */
export const SCREEN_NAMES: readonly ScreenName[] = (Object.keys(SCREENS) as ScreenName[]).sort(
  (a, b) => paramCount(a) - paramCount(b),
);

/**
 * The parameters of `pathname` (e.g. `/rounds/abc` → `{ roundId: 'abc' }`) when it is the
 * address `path` describes, else `undefined`.
 */
export function pathParams(path: string, pathname: string): Record<string, string> | undefined {
  const want = path.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const segment = have[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

/** Whether `pathname` (e.g. `/rounds/abc`) is the address `path` describes. */
export function matchesPath(path: string, pathname: string): boolean {
  return pathParams(path, pathname) !== undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The screens to load for `pathname`: the one it shows, and for an assessment's own address,
 * which resumes it, also the wizard step it most often opens on.
 */
export function screensAt(pathname: string): ScreenName[] {
  // The first match is the one the router shows (see `SCREEN_NAMES`).
  const shown = SCREEN_NAMES.find((name) => matchesPath(SCREENS[name].path, pathname));
  if (!shown) return [];
  return shown === 'resume' ? [shown, 'wizard'] : [shown];
}
