import type { ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { BareLayout } from './BareLayout';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { Layout } from './Layout';
import { browserLocation } from './location';
import { NotFoundPage } from './RouteError';
import { SCREEN_NAMES, SCREENS, screensAt, type ScreenName } from './screens';

// The router is wouter: routes, links and the address are all the app asks of a router, and
// wouter gives them for about 2 kB (gzip) of the first screen's code, react-router for 13.

const lazyScreens = Object.fromEntries(
  SCREEN_NAMES.map((name) => [name, lazyScreen(SCREENS[name].load)]),
) as Record<ScreenName, LazyScreen>;

function route(name: ScreenName, wrap = (screen: ReactNode) => screen) {
  const Screen = lazyScreens[name];
  return (
    <Route key={name} path={SCREENS[name].path}>
      {wrap(<Screen />)}
    </Route>
  );
}

/** Full screen for a room: outside the app's header and footer. */
const BARE: readonly ScreenName[] = ['presentation'];

// A route without a path matches any address: the app's layout, then the not-found page.
export function AppRoutes() {
  return (
    <Switch>
      {BARE.map((name) => route(name, (screen) => <BareLayout>{screen}</BareLayout>))}
      <Route>
        <Layout>
          <Switch>
            {SCREEN_NAMES.filter((name) => !BARE.includes(name)).map((name) => route(name))}
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Layout>
      </Route>
    </Switch>
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
    <Router {...browserLocation}>
      <AppRoutes />
    </Router>
  );
}
