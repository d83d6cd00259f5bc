import { BrowserRouter, Route, Routes } from 'react-router';
import { BareLayout } from './BareLayout';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { Layout } from './Layout';
import { NotFoundPage } from './RouteError';
import { SCREENS, screensAt, type ScreenName } from './screens';

// The declarative router is used because the data router would double the router's weight on
// the first screen, and the app loads its data from IndexedDB, not from route loaders.

const lazyScreens = Object.fromEntries(
  (Object.keys(SCREENS) as ScreenName[]).map((name) => [name, lazyScreen(SCREENS[name].load)]),
) as Record<ScreenName, LazyScreen>;

function route(name: ScreenName) {
  const Screen = lazyScreens[name];
  const { path } = SCREENS[name];
  return path === '' ? (
    <Route key={name} index element={<Screen />} />
  ) : (
    <Route key={name} path={path} element={<Screen />} />
  );
}

/** Full screen for a room: outside the app's header and footer. */
const BARE: readonly ScreenName[] = ['presentation'];

export function AppRoutes() {
  const names = Object.keys(SCREENS) as ScreenName[];
  return (
    <Routes>
      <Route element={<BareLayout />}>{BARE.map(route)}</Route>
      <Route element={<Layout />}>
        {names.filter((name) => !BARE.includes(name)).map(route)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/**
 * Loads ahead the code of the screens `pathname` shows (see `screensAt`), so that the first
 * screen renders without a loading placeholder. Never rejects: a screen that fails to load
 * here shows its error when it is rendered.
 */
export async function preloadScreens(pathname: string): Promise<void> {
  await Promise.all(
    screensAt(pathname).map((name) => lazyScreens[name].preload().catch(() => undefined)),
  );
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
